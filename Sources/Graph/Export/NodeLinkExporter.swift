/// JSON in NetworkX's node-link form, which d3 reads too:
/// `{"directed": …, "multigraph": true, "graph": {…}, "nodes": [{"id": …}], "links": [{"source": …, "target": …, "key": …}]}`.
///
/// Load it with `networkx.node_link_graph(data, edges="links")`. Node ids are `n<id>`; nodes
/// carry `label`, `type`, `mentions`, `documents`, `aliases` (a list), `first_seen`,
/// `last_seen`; links `key` (the edge id), `kind`, `directed`, `predicate`, `weight`,
/// `sentences`, `documents`, `evidence`. A graph with action edges is directed; co-mention
/// links then say `"directed": false`. Names are JSON strings: nothing is lost.
///
/// - Complexity: O(nodes + edges) time; memory of one node or edge.
public struct NodeLinkExporter: GraphExporter {
    public init() {}

    public func export(_ graph: some ExportableGraph, to output: ExportOutput) throws(ExportError) {
        let directed = graph.kinds.contains(.action)
        output.write(#"{"directed": \#(directed), "multigraph": true, "graph": {"name": "graphtool"}, "nodes": ["#)
        var first = true
        try graph.forEachNode { node throws(ExportError) in
            output.write((first ? "\n" : ",\n") + "{" + JSONFields.node(node) + "}")
            first = false
        }
        output.write("\n], \"links\": [")
        first = true
        try graph.forEachEdge { edge throws(ExportError) in
            output.write((first ? "\n" : ",\n") + #"{"source": "n\#(edge.source)", "target": "n\#(edge.target)", "key": "\#(edge.key)", "#
                         + JSONFields.edge(edge) + "}")
            first = false
        }
        output.write("\n]}\n")
    }
}

/// The node and edge fields the JSON formats share.
enum JSONFields {
    static func node(_ node: ExportNode) -> String {
        #""id": "\#(node.key)", "label": \#(ExportText.json(node.name)), "type": "\#(node.type.rawValue)", "#
            + #""mentions": \#(node.mentions), "documents": \#(node.documents), "aliases": \#(ExportText.json(node.aliases)), "#
            + #""first_seen": \#(optional(node.firstSeen)), "last_seen": \#(optional(node.lastSeen))"#
    }

    static func edge(_ edge: ExportEdge) -> String {
        #""kind": "\#(edge.kind.rawValue)", "directed": \#(edge.isDirected), "predicate": \#(ExportText.json(edge.predicate)), "#
            + #""weight": \#(edge.weight), "sentences": \#(edge.sentences), "documents": \#(edge.documents), "evidence": \#(edge.evidence)"#
    }

    private static func optional(_ text: String?) -> String { text.map { ExportText.json($0) } ?? "null" }
}
