/// GEXF 1.3 (https://gexf.net), Gephi's own format, valid against the GEXF 1.3 schema.
///
/// Nodes carry their type, counts and aliases as attributes, a color by type and a size by
/// mentions; edges their kind, predicate (also the edge label), counts and weight. When
/// documents are dated the graph is dynamic: each node lives from the first to the last date
/// of the documents naming it, each edge with evidence from its first to its last, so Gephi's
/// timeline replays the news. A mixed graph is directed by default with `type="undirected"`
/// on co-mention edges. Viz elements are written in the GEXF namespace, as the 1.3 schema asks.
///
/// - Complexity: O(nodes + edges) time; memory of one node or edge.
public struct GEXFExporter: GraphExporter {
    public init() {}

    static let nodeAttributes = [("type", "string"), ("mentions", "integer"), ("documents", "integer"), ("aliases", "string")]
    static let edgeAttributes = [("kind", "string"), ("predicate", "string"), ("sentences", "integer"), ("documents", "integer"), ("evidence", "integer")]

    public func export(_ graph: some ExportableGraph, to output: ExportOutput) throws(ExportError) {
        let xml = try XMLWriter(output: output)
        xml.start("gexf", [("xmlns", "http://gexf.net/1.3"), ("version", "1.3")])
        xml.start("meta")
        xml.element("creator", text: "graphtool")
        xml.element("description", text: "Entities named in news articles; co-mention and action edges")
        xml.end()
        let mixed = graph.kinds.count > 1
        var attributes = [("defaultedgetype", graph.kinds.contains(.action) ? "directed" : "undirected")]
        if let dates = graph.dates {
            attributes += [("mode", "dynamic"), ("timeformat", "date"), ("start", dates.lowerBound), ("end", dates.upperBound)]
        }
        xml.start("graph", attributes)
        declare(xml, "node", Self.nodeAttributes)
        declare(xml, "edge", Self.edgeAttributes)
        xml.start("nodes")
        try graph.forEachNode { node throws(ExportError) in
            xml.start("node", [("id", node.key), ("label", node.name)])
            interval(xml, node.firstSeen, node.lastSeen, dated: graph.dates != nil)
            values(xml, [node.type.rawValue, "\(node.mentions)", "\(node.documents)", node.aliases.joined(separator: "; ")])
            let (r, g, b) = ExportStyle.of(node.type).rgb
            xml.element("color", [("r", "\(r)"), ("g", "\(g)"), ("b", "\(b)")])
            xml.element("size", [("value", "\(ExportStyle.size(mentions: node.mentions))")])
            xml.end()
        }
        xml.end()
        xml.start("edges")
        try graph.forEachEdge { edge throws(ExportError) in
            xml.start("edge", [("id", edge.key), ("source", "n\(edge.source)"), ("target", "n\(edge.target)"), ("weight", "\(edge.weight)")])
            if mixed, !edge.isDirected { xml.attribute("type", "undirected") }
            if edge.kind == .action { xml.attribute("label", edge.predicate) }
            interval(xml, edge.firstSeen, edge.lastSeen, dated: graph.dates != nil)
            values(xml, [edge.kind.rawValue, edge.predicate, "\(edge.sentences)", "\(edge.documents)", "\(edge.evidence)"])
            xml.end()
        }
        xml.end()
        try xml.finish()
    }

    private func declare(_ xml: XMLWriter, _ domain: String, _ list: [(String, String)]) {
        xml.start("attributes", [("class", domain)])
        for (i, (title, type)) in list.enumerated() { xml.element("attribute", [("id", "\(i)"), ("title", title), ("type", type)]) }
        xml.end()
    }

    private func interval(_ xml: XMLWriter, _ first: String?, _ last: String?, dated: Bool) {
        guard dated, let first else { return }
        xml.attribute("start", first)
        xml.attribute("end", last ?? first)
    }

    private func values(_ xml: XMLWriter, _ list: [String]) {
        xml.start("attvalues")
        for (i, value) in list.enumerated() { xml.element("attvalue", [("for", "\(i)"), ("value", value)]) }
        xml.end()
    }
}
