import GRDB
internal import GRDBSQLite

/// Which of some documents the store holds already: the stored path of each content hash, and
/// the id of each stored path. One indexed lookup per value, run through SQLite's C API.
struct StoredDocuments {
    /// Stored path of each of the hashes that are stored.
    let paths: [String: String]
    /// Stored document id of each of the paths that are stored.
    let ids: [String: Int64]

    init(_ db: Database, paths: [String], hashes: [String]) throws {
        let pathOfHash = try db.cachedStatement(sql: "SELECT path FROM documents WHERE hash = ? LIMIT 1")
        let idOfPath = try db.cachedStatement(sql: "SELECT id FROM documents WHERE path = ?")
        var found: [String: String] = [:], ids: [String: Int64] = [:]
        for hash in hashes {
            if let path = try Self.first(pathOfHash, hash, db, read: { String(cString: sqlite3_column_text($0, 0)) }) { found[hash] = path }
        }
        for path in paths {
            if let id = try Self.first(idOfPath, path, db, read: { sqlite3_column_int64($0, 0) }) { ids[path] = id }
        }
        self.paths = found
        self.ids = ids
    }

    /// Whether a document with `path` and content `hash` is stored, stored under another path,
    /// stored with other content, or new.
    func status(path: String, hash: String) -> DocumentStatus {
        if let stored = paths[hash] { return stored == path ? .unchanged : .duplicate }
        return ids[path] == nil ? .new : .changed
    }

    /// The first row of `statement` run with `value` as its parameter, read by `read`; nil when
    /// there is none.
    private static func first<T>(_ statement: Statement, _ value: String, _ db: Database, read: (OpaquePointer) -> T) throws -> T? {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        defer { sqlite3_reset(handle) }
        let bound = value.bind(to: handle, at: 1)
        guard bound == SQLITE_OK else { throw db.error(bound, running: statement) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return read(handle)
        case SQLITE_DONE: return nil
        case let code: throw db.error(code, running: statement)
        }
    }
}
