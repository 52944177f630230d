import Graph

/// Exports, written by the exporters ``GraphStore`` writes with, from rows of the same order.
extension PostgresGraphStore {
    /// Writes the graph, or the part `query` selects, as ``GraphStore/export(_:as:to:)`` does:
    /// the same bytes for the same graph, read a page of rows at a time (``PostgresExportRows``).
    public func export(_ query: ExportQuery, as exporter: some GraphExporter, to output: ExportOutput) throws(ExportError) {
        try StoreSubgraph<PostgresExportRows>.export(query, of: path, as: exporter, to: output) { (work) throws(GraphStoreError) in
            try read { work(PostgresExportRows(store: self)) }
        }
    }
}
