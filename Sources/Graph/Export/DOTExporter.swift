/// DOT for Graphviz (https://graphviz.org): shapes and colors by type, node labels with the
/// name, action edges labelled with their predicate, pen width by weight; names escaped so any
/// characters are safe. Nodes and edges keep their ids (`n<id>`, `e<id>`) in SVG drawings. Always a `digraph`: co-mention edges are drawn without arrowheads
/// (`dir=none`). The graph asks for `sfdp`, the layout for large graphs, with overlap removal;
/// `dot -Tsvg` honours it. For readable drawings of a large store, export `--top 40`.
///
/// - Complexity: O(nodes + edges) time; memory of one node or edge.
public struct DOTExporter: GraphExporter {
    public init() {}

    public func export(_ graph: some ExportableGraph, to output: ExportOutput) throws(ExportError) {
        output.write("""
            digraph graphtool {
              graph [layout=sfdp, overlap=prism, overlap_scaling=2, outputorder=edgesfirst, fontname="Helvetica"];
              node [style=filled, fontname="Helvetica", fontsize=11, fontcolor="#ffffff", penwidth=0];
              edge [color="#00000055", fontname="Helvetica", fontsize=9, arrowsize=0.6];

            """)
        try graph.forEachNode { node throws(ExportError) in
            let style = ExportStyle.of(node.type)
            output.write("  \(node.key) [id=\(node.key), label=\(ExportText.dot(node.name)), shape=\(style.dotShape), fillcolor=\"\(style.color)\", "
                         + "fontsize=\(10 + min(14, node.mentions / 10)), tooltip=\(ExportText.dot("\(node.type.rawValue), \(node.mentions) mentions"))];\n")
        }
        try graph.forEachEdge { edge throws(ExportError) in
            var attributes = "id=\(edge.key), penwidth=\(ExportStyle.penWidth(weight: edge.weight)), weight=\(edge.weight)"
            if edge.kind == .action {
                attributes += ", label=\(ExportText.dot(edge.predicate)), color=\"#b0306099\", fontcolor=\"#b03060\""
            } else {
                attributes += ", dir=none"
            }
            output.write("  n\(edge.source) -> n\(edge.target) [\(attributes)];\n")
        }
        output.write("}\n")
    }
}
