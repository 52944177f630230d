/// Cytoscape.js elements JSON (https://js.cytoscape.org), also what Cytoscape desktop imports as
/// `.cyjs`: `{"elements": {"nodes": [{"data": {…}}], "edges": [{"data": {…}}]}}`.
///
/// Node data: `id` (`n<id>`), `name`, `label`, `type`, the counts, `aliases`, dates, and
/// `color`/`size` for a style mapping; edge data: `id` (`e<id>`), `source`, `target`, `kind`,
/// `directed`, `predicate`, `weight`, the counts.
///
/// - Complexity: O(nodes + edges) time; memory of one node or edge.
public struct CytoscapeExporter: GraphExporter {
    public init() {}

    public func export(_ graph: some ExportableGraph, to output: ExportOutput) throws(ExportError) {
        output.write(#"{"format_version": "1.0", "generated_by": "graphtool", "data": {"name": "graphtool"}, "elements": {"nodes": ["#)
        var first = true
        try graph.forEachNode { node throws(ExportError) in
            let extra = #", "name": \#(ExportText.json(node.name)), "color": "\#(ExportStyle.of(node.type).color)", "size": \#(ExportStyle.size(mentions: node.mentions))"#
            output.write((first ? "\n" : ",\n") + #"{"data": {"# + JSONFields.node(node) + extra + "}}")
            first = false
        }
        output.write("\n], \"edges\": [")
        first = true
        try graph.forEachEdge { edge throws(ExportError) in
            output.write((first ? "\n" : ",\n") + #"{"data": {"id": "\#(edge.key)", "source": "n\#(edge.source)", "target": "n\#(edge.target)", "#
                         + JSONFields.edge(edge) + "}}")
            first = false
        }
        output.write("\n]}}\n")
    }
}
