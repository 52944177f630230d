import ArgumentParser
import Graph
import NER

/// `graphtool neighbors`: the entities linked to one entity.
struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities linked to an entity, strongest edges first.",
        discussion: "A co-mention edge's weight is the number of sentences naming both entities plus the number of documents with such a sentence.")

    @Argument(help: "The entity's name, an alias or a near spelling.")
    var name: String

    @Option(help: "Hops to follow.")
    var depth = 1

    @Option(help: "Only neighbors of this type: PERSON, PLACE, ORGANIZATION or COMPANY.")
    var type: String?

    @Option(help: "Edges to follow: co-mention, action or all.")
    var kind: EdgeFilter = .all

    @Option(help: "Skip edges lighter than this.")
    var minWeight = 1

    @Option(help: "Show at most this many neighbors.")
    var limit = 20

    @Flag(help: "Show a sentence that states each edge.")
    var evidence = false

    @OptionGroup var documents: DocumentFilterOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be 1 or more") }
        guard limit >= 1 else { throw ValidationError("--limit must be 1 or more") }
        if let type, EntityType(name: type) == nil { throw ValidationError("--type must be PERSON, PLACE, ORGANIZATION or COMPANY, not \(type)") }
    }

    func run() throws {
        let graph = try store.open(.read)
        var query = NeighborQuery()
        query.depth = depth
        query.type = type.flatMap(EntityType.init(name:))
        query.edges = kind
        query.minWeight = minWeight
        query.limit = limit
        query.evidence = evidence ? 1 : 0
        query.documents = documents.filter
        let neighbors = try store.timed("neighbors") { try graph.neighbors(of: EntityName.resolve(name, in: graph), query) }
        if store.json { return try JSONOutput.print(neighbors) }
        var table = Table("entity", "type", "kind", "weight", "sentences", "documents", depth > 1 ? "via" : "")
        for n in neighbors {
            let kind = n.kind == .action ? "\(n.direction == .in ? "←" : "→") \(n.action ?? "")" : n.kind.rawValue
            table.add(n.entity.name, n.entity.type.rawValue, kind, "\(n.weight)", "\(n.sentences)", "\(n.documents)", n.via ?? "")
        }
        var text = table.render()
        let sentences = neighbors.compactMap { n in n.evidence.first.map { "\(n.entity.name): \($0.citation)\n" } }
        if evidence, !sentences.isEmpty { text += "\n" + sentences.joined() }
        print(text, terminator: "")
    }
}

extension EdgeFilter: ExpressibleByArgument {}
