import Graph
import PostgresNIO

extension PostgresGraphStore {
    /// Takes the documents `names` name out of the store in one transaction, with everything
    /// they contributed, as ``GraphStore/remove(_:)`` does.
    public func remove(_ names: [DocumentName]) throws(GraphStoreError) -> RemovalReport {
        try write {
            var unmatched: [String] = []
            var found: [Int64: String] = [:]
            for name in names {
                let rows: PostgresQueryResult
                switch name {
                case .id(let id):
                    rows = try session.query("SELECT id, path FROM documents WHERE id = \(id)")
                case .path(let path):
                    let folder = path.hasSuffix("/") ? path : path + "/"
                    // Paths under the folder sort between `folder` and `folder` with its last `/` raised to `0`.
                    rows = try session.query("""
                        SELECT id, path FROM documents WHERE path = \(path) OR (path >= \(folder) AND path < \(String(folder.dropLast()) + "0"))
                        """)
                }
                if rows.isEmpty {
                    switch name {
                    case .id(let id): unmatched.append(String(id))
                    case .path(let path): unmatched.append(path)
                    }
                }
                for row in rows {
                    let (id, path) = try session.decode(row, (Int64, String).self)
                    found[id] = path
                }
            }
            try removeDocuments(found.keys.sorted())
            return RemovalReport.stored(removed: found.values.sorted(), unmatched: unmatched)
        }
    }
}
