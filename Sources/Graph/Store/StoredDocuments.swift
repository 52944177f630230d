import GRDB

/// Which of some documents the store holds already: the stored path of each content hash, and
/// the id of each stored path. Read in chunks of 500 values, one query per chunk.
struct StoredDocuments {
    /// Stored path of each of the hashes that are stored.
    let paths: [String: String]
    /// Stored document id of each of the paths that are stored.
    let ids: [String: Int64]

    init(_ db: Database, paths: [String], hashes: [String]) throws {
        self.paths = try Self.lookUp(db, "SELECT hash, path FROM documents WHERE hash IN", hashes)
        ids = try Self.lookUp(db, "SELECT path, id FROM documents WHERE path IN", paths)
    }

    /// Whether a document with `path` and content `hash` is stored, stored under another path,
    /// stored with other content, or new.
    func status(path: String, hash: String) -> DocumentStatus {
        if let stored = paths[hash] { return stored == path ? .unchanged : .duplicate }
        return ids[path] == nil ? .new : .changed
    }

    /// The first column → second column of the rows whose first column is one of `values`.
    private static func lookUp<Value: DatabaseValueConvertible>(_ db: Database, _ query: String, _ values: [String]) throws -> [String: Value] {
        var found: [String: Value] = [:]
        var start = 0
        while start < values.count {
            let chunk = Array(values[start..<min(start + 500, values.count)])
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: "\(query) (\(placeholders))", arguments: StatementArguments(chunk)) {
                if let key = row[0] as String?, let value = row[1] as Value? { found[key] = value }
            }
            start += 500
        }
        return found
    }
}
