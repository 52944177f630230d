/// CSV for Neo4j's bulk importer, two files in a folder:
///
/// ```
/// neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv
/// ```
/// `nodes.csv`: `id:ID,name,:LABEL,mentions:int,documents:int,aliases:string[],first_seen,last_seen`,
/// labels `Entity;Person` (`Place`, `Organization`, `Company`); aliases separated by `;`, Neo4j's
/// array delimiter (a `;` inside an alias becomes `,`). `edges.csv`:
/// `:START_ID,:END_ID,:TYPE,id,kind,predicate,weight:int,sentences:int,documents:int,evidence:int`,
/// types `CO_MENTION` and `ACTION`. Every text field is quoted.
///
/// - Complexity: O(nodes + edges) time; memory of one node or edge.
public struct Neo4jCSVExporter: GraphExporter {
    public init() {}

    public func export(_ graph: some ExportableGraph, to output: ExportOutput) throws(ExportError) {
        let nodes = try output.file(named: "nodes.csv", format: "csv")
        nodes.write("id:ID,name,:LABEL,mentions:int,documents:int,aliases:string[],first_seen,last_seen\n")
        try graph.forEachNode { node throws(ExportError) in
            let label = "Entity;" + node.type.rawValue.prefix(1) + node.type.rawValue.dropFirst().lowercased()
            let aliases = node.aliases.map { $0.replacing(";", with: ",") }.joined(separator: ";")
            nodes.write("\(node.key),\(ExportText.csv(node.name)),\(label),\(node.mentions),\(node.documents),\(ExportText.csv(aliases)),"
                        + "\(node.firstSeen ?? ""),\(node.lastSeen ?? "")\n")
        }
        try nodes.close()
        let edges = try output.file(named: "edges.csv", format: "csv")
        edges.write(":START_ID,:END_ID,:TYPE,id,kind,predicate,weight:int,sentences:int,documents:int,evidence:int\n")
        try graph.forEachEdge { edge throws(ExportError) in
            let type = edge.kind == .action ? "ACTION" : "CO_MENTION"
            edges.write("n\(edge.source),n\(edge.target),\(type),\(edge.key),\(edge.kind.rawValue),\(ExportText.csv(edge.predicate)),"
                        + "\(edge.weight),\(edge.sentences),\(edge.documents),\(edge.evidence)\n")
        }
        try edges.close()
    }
}
