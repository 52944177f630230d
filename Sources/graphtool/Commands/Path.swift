import ArgumentParser
import Graph

/// `graphtool path`: how two entities are linked.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the shortest path between two entities, with a sentence for each hop.")

    @Argument(help: "The first entity.")
    var from: String

    @Argument(help: "The second entity.")
    var to: String

    @Option(help: "Edges to follow: co-mention, action or all.")
    var kind: EdgeFilter = .all

    @OptionGroup var documents: DocumentFilterOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let graph = try store.open(.read)
        let hops = try store.timed("path") { () throws -> [PathHop]? in
            try graph.path(from: EntityName.resolve(from, in: graph), to: EntityName.resolve(to, in: graph), edges: kind, maxHops: 8, documents: documents.filter)
        }
        guard let hops else { throw CommandFailure("no path between “\(from)” and “\(to)” within 8 hops") }
        if store.json { return try JSONOutput.print(hops) }
        var text = hops.first.map { "\($0.from.name)\n" } ?? "\(from) is \(to)\n"
        for hop in hops {
            let edge = hop.to.kind == .action ? "\(hop.to.direction == .in ? "←" : "→") \(hop.to.action ?? "")" : "co-mention"
            text += "  ── \(edge), weight \(hop.to.weight) ──> \(hop.to.entity.name)\n"
            if let evidence = hop.to.evidence.first { text += "     \(evidence.citation)\n" }
        }
        print(text, terminator: "")
    }
}
