/// Writes a graph in one file format. One type per format:
///
/// ```swift
/// let output = try ExportOutput(.path("graph.graphml"))
/// try GraphMLExporter().export(graph, to: output)
/// try output.close()
/// ```
/// Exporters write as they read: memory stays bounded by one node or edge, not the graph.
public protocol GraphExporter: Sendable {
    /// Writes `graph` to `output` (or, for several files, into its folder).
    func export(_ graph: some ExportableGraph, to output: ExportOutput) throws(ExportError)
}

/// The formats `graphtool export` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    case graphml, gexf, dot, json, cytoscape, csv

    /// The exporter for the format.
    public var exporter: any GraphExporter {
        switch self {
        case .graphml: GraphMLExporter()
        case .gexf: GEXFExporter()
        case .dot: DOTExporter()
        case .json: NodeLinkExporter()
        case .cytoscape: CytoscapeExporter()
        case .csv: Neo4jCSVExporter()
        }
    }

    /// The usual file name extension.
    public var fileExtension: String {
        switch self {
        case .cytoscape: "cyjs"
        case .csv: ""
        default: rawValue
        }
    }
}
