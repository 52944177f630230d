import ArgumentParser
import Graph
import NER

/// `graphtool entities`: the top entities of the graph.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the top entities by mentions, degree or PageRank.")

    @Option(help: "Only this type: PERSON, PLACE, ORGANIZATION or COMPANY.")
    var type: String?

    @Option(help: "How many to list.")
    var top = 20

    @Option(help: "Rank by mentions, degree (distinct co-mentioned entities) or pagerank.")
    var by: EntityRanking = .mentions

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be 1 or more") }
        if let type, EntityType(name: type) == nil { throw ValidationError("--type must be PERSON, PLACE, ORGANIZATION or COMPANY, not \(type)") }
    }

    func run() throws {
        let graph = try store.open(.read)
        let ranked = try store.timed("entities") { try graph.entities(type: type.flatMap(EntityType.init(name:)), top: top, by: by) }
        if store.json { return try JSONOutput.print(ranked) }
        var table = Table("entity", "type", "mentions", "documents", "degree", by == .pagerank ? "pagerank" : "")
        for r in ranked {
            table.add(r.entity.name, r.entity.type.rawValue, "\(r.entity.mentions)", "\(r.entity.documents)", "\(r.degree)",
                      r.pagerank.map { String(format: "%.5f", $0) } ?? "")
        }
        print(table.render(), terminator: "")
    }
}

extension EntityRanking: ExpressibleByArgument {}
