/// GraphML (http://graphml.graphdrawing.org), valid against the GraphML 1.1 schema; read by
/// NetworkX, igraph, Gephi, Cytoscape and yEd.
///
/// Every attribute has a declared `<key>` with `attr.type`: on nodes `label`, `type`,
/// `mentions`, `documents`, `aliases` (joined with `; `), `first_seen`, `last_seen`; on edges
/// `kind`, `predicate`, `weight`, `sentences`, `documents`, `evidence`. Node ids are `n<id>`,
/// edge ids `e<id>`, so parallel edges (several predicates between two entities) stay apart. A
/// graph with only co-mention edges is undirected, with only action edges directed; a mixed
/// graph is undirected by default with `directed="true"` on each action edge.
///
/// - Complexity: O(nodes + edges) time; memory of one node or edge.
public struct GraphMLExporter: GraphExporter {
    public init() {}

    static let nodeKeys: [(id: String, type: String)] = [
        ("label", "string"), ("type", "string"), ("mentions", "int"), ("documents", "int"),
        ("aliases", "string"), ("first_seen", "string"), ("last_seen", "string"),
    ]
    static let edgeKeys: [(id: String, type: String)] = [
        ("kind", "string"), ("predicate", "string"), ("weight", "int"), ("sentences", "int"),
        ("documents", "int"), ("evidence", "int"),
    ]

    public func export(_ graph: some ExportableGraph, to output: ExportOutput) throws(ExportError) {
        let xml = try XMLWriter(output: output)
        xml.start("graphml", [
            ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd"),
        ])
        for (domain, keys) in [("node", Self.nodeKeys), ("edge", Self.edgeKeys)] {
            for key in keys {
                // Edge keys share names with node keys (`documents`): ids are prefixed by domain.
                xml.element("key", [("id", "\(domain.prefix(1))_\(key.id)"), ("for", domain), ("attr.name", key.id), ("attr.type", key.type)])
            }
        }
        let mixed = graph.kinds.count > 1
        let directed = graph.kinds == [.action]
        xml.start("graph", [("id", "G"), ("edgedefault", directed ? "directed" : "undirected")])
        try graph.forEachNode { node throws(ExportError) in
            xml.start("node", [("id", node.key)])
            data(xml, "n_label", node.name)
            data(xml, "n_type", node.type.rawValue)
            data(xml, "n_mentions", "\(node.mentions)")
            data(xml, "n_documents", "\(node.documents)")
            data(xml, "n_aliases", node.aliases.joined(separator: "; "))
            if let first = node.firstSeen { data(xml, "n_first_seen", first) }
            if let last = node.lastSeen { data(xml, "n_last_seen", last) }
            xml.end()
        }
        try graph.forEachEdge { edge throws(ExportError) in
            xml.start("edge", [("id", edge.key), ("source", "n\(edge.source)"), ("target", "n\(edge.target)")])
            if mixed, edge.isDirected { xml.attribute("directed", "true") }
            data(xml, "e_kind", edge.kind.rawValue)
            if edge.kind == .action { data(xml, "e_predicate", edge.predicate) }
            data(xml, "e_weight", "\(edge.weight)")
            data(xml, "e_sentences", "\(edge.sentences)")
            data(xml, "e_documents", "\(edge.documents)")
            data(xml, "e_evidence", "\(edge.evidence)")
            xml.end()
        }
        try xml.finish()
    }

    private func data(_ xml: XMLWriter, _ key: String, _ value: String) {
        xml.element("data", [("key", key)], text: value)
    }
}
