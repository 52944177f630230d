import ArgumentParser
import Graph
import NER

/// `graphtool export`: the graph, or part of it, in a format other tools read.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the graph for Gephi, Graphviz, NetworkX, igraph, Cytoscape or Neo4j.",
        discussion: """
            Formats: graphml (NetworkX, igraph, Gephi, yEd), gexf (Gephi, with its timeline), dot (Graphviz), \
            json (NetworkX node-link, d3), cytoscape (Cytoscape.js elements), csv (Neo4j bulk import: nodes.csv \
            and edges.csv in the folder named by -o). Without filters the whole graph is written; --around and \
            --depth give an ego subgraph, --type, --kind, --min-weight and --top narrow it.
            """)

    @Option(help: "graphml, gexf, dot, json, cytoscape or csv.")
    var format: ExportFormat

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write (csv: a folder); default: standard output.", valueName: "file|dir"))
    var output: String?

    @Option(help: ArgumentHelp("Only this entity and those within --depth hops of it.", valueName: "name"))
    var around: String?

    @Option(help: "Hops from --around to follow.")
    var depth = 1

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Only entities of these types: PERSON, PLACE, ORGANIZATION, COMPANY.", valueName: "type"))
    var type: [String] = []

    @Option(help: "Edges to keep: co-mention, action or all.")
    var kind: EdgeFilter = .all

    @Option(help: "Leave out edges lighter than this (sentences + documents).")
    var minWeight = 1

    @Option(help: "Only the K entities with the heaviest edges.")
    var top: Int?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be 1 or more") }
        guard minWeight >= 1 else { throw ValidationError("--min-weight must be 1 or more") }
        if let top, top < 1 { throw ValidationError("--top must be 1 or more") }
        for name in type where EntityType(name: name) == nil {
            throw ValidationError("--type must be PERSON, PLACE, ORGANIZATION or COMPANY, not \(name)")
        }
        if format == .csv, output == nil { throw ValidationError("csv writes nodes.csv and edges.csv; name their folder with -o DIR") }
    }

    func run() throws {
        let graph = try store.open(.read)
        var query = ExportQuery()
        query.around = try around.map { try EntityName.resolve($0, in: graph).id }
        query.depth = depth
        query.types = Set(type.compactMap(EntityType.init(name:)))
        query.edges = kind
        query.minWeight = minWeight
        query.top = top
        let destination = ExportOutput(output.map { .path($0) } ?? .standardOutput)
        do {
            try graph.export(query, as: format.exporter, to: destination)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
