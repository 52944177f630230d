import NER

/// The part of a store an ``ExportQuery`` selects, streamed from the store's ``ExportRows``:
/// entities with their aliases, edges with their evidence counts and dates, both in id order.
/// Held in memory: the selected entity ids (none for the whole graph).
public struct StoreSubgraph<Rows: ExportRows>: ExportableGraph {
    let rows: Rows
    let path: String
    let query: ExportQuery
    /// The selected entities; nil for all of them.
    let nodes: Set<Int64>?
    public let kinds: Set<EdgeKind>
    public let dates: ClosedRange<String>?

    /// Selects the part of the store at `path` (named in errors) that `query` exports.
    init(rows: Rows, path: String, query: ExportQuery) throws(ExportError) {
        self.rows = rows
        self.path = path
        self.query = query
        do {
            let selection = StoreSelection(rows: rows, query: query)
            nodes = try selection.nodes()
            kinds = try selection.kinds(among: nodes)
            dates = try rows.documentDates()
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    /// Writes the part of the store at `path` that `query` selects with `exporter` to `output`,
    /// then closes `output`. `reading` runs the work it is given with the store's rows, inside
    /// the read (a snapshot, a lock) the store needs.
    /// - Throws: ``ExportError/store(_:)`` when the store cannot be read; the exporter's errors.
    public static func export(_ query: ExportQuery, of path: String, as exporter: some GraphExporter, to output: ExportOutput,
                              reading: (_ work: (Rows) -> Void) throws(GraphStoreError) -> Void) throws(ExportError) {
        var failure: ExportError?
        do throws(GraphStoreError) {
            try reading { rows in
                do throws(ExportError) {
                    try exporter.export(try StoreSubgraph(rows: rows, path: path, query: query), to: output)
                } catch {
                    failure = error
                }
            }
        } catch {
            throw .store(error)
        }
        if let failure { throw failure }
        try output.close()
    }

    public func forEachNode(_ body: (ExportNode) throws(ExportError) -> Void) throws(ExportError) {
        try reading {
            try rows.forEachEntity { node in
                if nodes?.contains(node.id) ?? true { try body(node) }
            }
        }
    }

    public func forEachEdge(_ body: (ExportEdge) throws(ExportError) -> Void) throws(ExportError) {
        try reading {
            if query.edges.admits(.action) {
                try rows.forEachAction(minWeight: query.minWeight, evidence: true) { edge in try keep(edge, body) }
            }
            try StoreSelection(rows: rows, query: query).forEachKeptEdge(of: .coMention) { edge in try keep(edge, body) }
        }
    }

    /// Calls `body` with `edge` when both its ends are selected; always goes on to the next edge.
    private func keep(_ edge: ExportEdge, _ body: (ExportEdge) throws(ExportError) -> Void) throws -> Bool {
        if let nodes, !(nodes.contains(edge.source) && nodes.contains(edge.target)) { return true }
        try body(edge)
        return true
    }

    private func reading(_ work: () throws -> Void) throws(ExportError) {
        do { try work() } catch { throw Self.failure(error, path: path) }
    }

    private static func failure(_ error: any Error, path: String) -> ExportError {
        if let error = error as? ExportError { return error }
        return .store(GraphStore.storeError(error, path: path))
    }
}
