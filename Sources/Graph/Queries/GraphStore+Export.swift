import GRDB

extension GraphStore {
    /// Writes the graph, or the part `query` selects, with `exporter` to `output`, streaming rows
    /// from the store as they are written.
    ///
    /// ```swift
    /// var query = ExportQuery()
    /// query.top = 40
    /// try store.export(query, as: DOTExporter(), to: ExportOutput(.path("top.dot")))
    /// ```
    /// - Complexity: two or three passes over the edges; memory O(selected entities), not O(edges).
    public func export(_ query: ExportQuery = ExportQuery(), as exporter: some GraphExporter, to output: ExportOutput) throws(ExportError) {
        // An export reads every page once.
        try StoreSubgraph<SQLiteExportRows>.export(query, of: path, as: exporter, to: output) { (work) throws(GraphStoreError) in
            try readEveryPage { db in work(SQLiteExportRows(db: db)) }
        }
    }
}
