import Foundation
import GRDB

/// The entity graph persisted in one SQLite file (through GRDB).
///
/// ```swift
/// let store = try GraphStore(path: "graph.sqlite", mode: .write)
/// let report = try store.ingest(documents)
/// let card = try store.lookup("zelensky")
/// ```
/// Readers never block: the file is in WAL mode, and each ingest batch is one transaction.
public final class GraphStore: Sendable {
    /// How to open the store.
    public enum Mode: Sendable {
        /// Open an existing store for queries, read-only.
        case read
        /// Create the store if missing and bring its schema up to date; for ingest.
        case write
    }

    public let path: String
    let queue: DatabaseQueue
    /// The bytes of the store each connection maps into memory.
    let mapSize: Int
    /// Copies the write-ahead log into the file behind the writer: started after each batch of
    /// ingest, so that the disk writes while the next batch is analysed, and ``checkpoint()``
    /// finds little left to copy and sync.
    let checkpointsBehind: BackgroundCheckpoint

    public init(path: String, mode: Mode) throws(GraphStoreError) {
        self.path = path
        checkpointsBehind = BackgroundCheckpoint(path: path)
        if mode == .read, !FileManager.default.fileExists(atPath: path) { throw .missing(path: path) }
        var configuration = Configuration()
        // A second writer fails at once with a clear message; readers wait out a writer's brief locks.
        configuration.busyMode = mode == .write ? .immediateError : .timeout(10)
        // Queries cannot change the file, whatever SQL a bug might send.
        configuration.readonly = mode == .read
        let map = mode == .write ? 0 : 0x7fff_0000
        mapSize = map
        configuration.prepareDatabase { db in
            // A reader reads pages through a memory map, as much as SQLite allows (2 GB): a query
            // that touches thousands of scattered rows makes no system call for each. The writer
            // reads through its page cache: the pages a map made resident would count as its
            // memory however large the store grows (170 MB more when adding to a store of 1 GB of
            // text), and writing is no faster for them.
            try db.execute(sql: "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = \(map)")
            // The log is copied into the store behind the writer (``checkpointsBehind``); the
            // writer itself copies it only past 128 MB of pages, rather than SQLite's 16 MB, so
            // that a batch of ingest does not wait for a checkpoint and its two syncs.
            if mode == .write { try db.execute(sql: "PRAGMA wal_autocheckpoint = 8192") }
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = Schema.migrator
            try queue.writeWithoutTransaction { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if mode == .write {
                    if !tables.isEmpty, !tables.contains("grdb_migrations") {
                        throw GraphStoreError.notAStore(path: path, reason: "it has tables of another program")
                    }
                    try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
                } else if !tables.contains("grdb_migrations") {
                    throw GraphStoreError.notAStore(path: path, reason: "it has no graphtool tables")
                } else if try !migrator.hasCompletedMigrations(db) {
                    throw GraphStoreError.notAStore(path: path, reason: "it was made by an older graphtool; `graphtool ingest --db \(path)` upgrades it")
                }
            }
            if mode == .write { try migrator.migrate(queue) }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Copies the write-ahead log into the store file and empties it: after an ingest or a
    /// removal, so that the file holds everything and the next reader opens it without reading
    /// the log (a process that ends without closing the store would leave it behind). Readers
    /// of the store keep reading meanwhile; the log is emptied once they are done with it
    /// (waiting up to 10 s).
    public func checkpoint() throws(GraphStoreError) {
        checkpointsBehind.wait()
        do {
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA busy_timeout = 10000")
                defer { try? db.execute(sql: "PRAGMA busy_timeout = 0") }
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs `body` in a read transaction that reads through the page cache rather than the memory
    /// map: for a pass over every page (an export, the statistics), which would otherwise leave the
    /// whole store resident in the process's memory.
    func readEveryPage<T>(_ body: (Database) throws -> T) throws(GraphStoreError) -> T {
        try read { db in
            try db.execute(sql: "PRAGMA mmap_size = 0")
            defer { try? db.execute(sql: "PRAGMA mmap_size = \(mapSize)") }
            return try body(db)
        }
    }

    /// Runs `body` in a read transaction.
    func read<T>(_ body: (Database) throws -> T) throws(GraphStoreError) -> T {
        do { return try queue.read(body) } catch { throw Self.storeError(error, path: path) }
    }

    /// Runs `body` in one immediate write transaction: all of it is stored, or none of it.
    func write<T>(_ body: (Database) throws -> T) throws(GraphStoreError) -> T {
        do {
            var result: T?
            try queue.inTransaction(.immediate) { db in
                result = try body(db)
                return .commit
            }
            return result!
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Size of the store on disk, in bytes, write-ahead log included, once the copies of the log
    /// started behind the writer are done (each one grows the file): the same after the same
    /// writes, whenever it is asked.
    public func sizeOnDisk() -> Int {
        checkpointsBehind.wait()
        return [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }

    static func storeError(_ error: Error, path: String) -> GraphStoreError {
        if let error = error as? GraphStoreError { return error }
        guard let error = error as? DatabaseError else { return .database(path: path, reason: "\(error)") }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .notAStore(path: path, reason: error.message ?? "not a database")
        default:
            return .database(path: path, reason: error.message ?? "\(error)")
        }
    }
}
