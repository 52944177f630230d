import GRDB

/// A stored document named by its path or its id.
public enum DocumentName: Sendable, Equatable, Hashable {
    /// A stored path (as ingest stored it), or a folder: every stored document under it.
    case path(String)
    case id(Int64)
}

/// What a removal took out.
public struct RemovalReport: Sendable, Codable, Equatable {
    /// The stored paths of the documents removed, sorted.
    public var removed: [String] = []
    /// Names that match no stored document.
    public var unmatched: [String] = []
}

extension GraphStore {
    /// Takes the documents `names` name out of the store, all in one transaction, with everything
    /// they contributed: their mentions, their share of entity, alias and edge counts, their
    /// evidence, and the entities and edges no other document names. Ingesting them again gives
    /// the store that never lost them.
    /// - Complexity: one pass over the mention rows, plus a recount of each entity and action
    ///   edge the documents name.
    public func remove(_ names: [DocumentName]) throws(GraphStoreError) -> RemovalReport {
        try write { db in
            var report = RemovalReport()
            var found: [Int64: String] = [:]
            for name in names {
                let rows: [Row]
                switch name {
                case .id(let id):
                    rows = try Row.fetchAll(db, sql: "SELECT id, path FROM documents WHERE id = ?", arguments: [id])
                case .path(let path):
                    let folder = path.hasSuffix("/") ? path : path + "/"
                    // Paths under the folder sort between `folder` and `folder` with its last `/` raised to `0`.
                    rows = try Row.fetchAll(db, sql: "SELECT id, path FROM documents WHERE path = ? OR (path >= ? AND path < ?)",
                                            arguments: [path, folder, String(folder.dropLast()) + "0"])
                }
                if rows.isEmpty { report.unmatched.append(Self.text(of: name)) }
                for row in rows { found[row[0]] = row[1] }
            }
            try DocumentRemoval(db: db).remove(found.keys.sorted())
            report.removed = found.values.sorted()
            return report
        }
    }

    private static func text(of name: DocumentName) -> String {
        switch name {
        case .path(let path): path
        case .id(let id): String(id)
        }
    }
}
