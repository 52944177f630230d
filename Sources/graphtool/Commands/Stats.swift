import ArgumentParser
import Foundation
import Graph

/// `graphtool stats`: the size of the graph.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show how many documents, entities, mentions and edges the store holds.")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let graph = try store.open(.read)
        let s = try store.timed("stats") { try graph.statistics() }
        if store.json { return try JSONOutput.print(s) }
        var table = Table("", "")
        table.add("store", "\(graph.path) (\(String(format: "%.1f", Double(s.sizeOnDisk) / 1e6)) MB)")
        table.add("documents", "\(s.documents) (\(String(format: "%.1f", Double(s.bytes) / 1e6)) MB)"
                  + (s.firstDate.map { " dated \($0) to \(s.lastDate ?? $0)" } ?? ""))
        table.add("entities", "\(s.entities): " + s.entitiesByType.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        table.add("aliases", "\(s.aliases)")
        table.add("mentions", "\(s.mentions)")
        table.add("edges", s.edgesByKind.isEmpty ? "0" : s.edgesByKind.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
        table.add("evidence", "\(s.evidence) (edge, document) rows")
        print(table.render().split(separator: "\n").dropFirst().joined(separator: "\n"))
    }
}
