import GRDB

/// Which of some documents the store holds already: the stored path of each content hash, and
/// the id of each stored path. One indexed lookup per value (``BoundStatement``), none when the
/// store holds no document.
package struct StoredDocuments {
    /// Stored path of each of the hashes that are stored.
    package let paths: [String: String]
    /// Stored document id of each of the paths that are stored.
    package let ids: [String: Int64]

    package init(paths: [String: String], ids: [String: Int64]) {
        self.paths = paths
        self.ids = ids
    }

    init(_ db: Database, paths: [String], hashes: [String]) throws {
        var found: [String: String] = [:], ids: [String: Int64] = [:]
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM documents)") == true {
            let pathOfHash = try BoundStatement(db, sql: "SELECT path FROM documents WHERE hash = ? LIMIT 1")
            let idOfPath = try BoundStatement(db, sql: "SELECT id FROM documents WHERE path = ?")
            for hash in hashes {
                if let path = try pathOfHash.first(String.self, hash) { found[hash] = path }
            }
            for path in paths {
                if let id = try idOfPath.first(Int64.self, path) { ids[path] = id }
            }
        }
        self.init(paths: found, ids: ids)
    }

    /// Whether a document with `path` and content `hash` is stored, stored under another path,
    /// stored with other content, or new.
    package func status(path: String, hash: String) -> DocumentStatus {
        if let stored = paths[hash] { return stored == path ? .unchanged : .duplicate }
        return ids[path] == nil ? .new : .changed
    }
}
