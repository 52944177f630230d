import Graph
import PostgresNIO

/// The entity graph in a PostgreSQL database: the same graph, queries and answers as the SQLite
/// store (``GraphStore``), for stores that several ingest processes, on several machines, write
/// at once.
///
/// ```swift
/// let store = try PostgresGraphStore(url: "postgresql://graphtool@db.example:5432/news", mode: .write)
/// let report = try store.ingest(documents, resolve: { resolver.resolve($0, known: $1) }, aliases: resolver.aliases)
/// ```
/// Each ingest batch is one transaction that first takes a PostgreSQL advisory lock held by
/// every graphtool writer (``PostgresSchema/writeLock``): writers analyse their documents in
/// parallel and commit one batch at a time, each resolving against every entity committed
/// before it. Resolution does not depend on the order batches come in, so the store equals the
/// one a single sequential ingest of the same documents makes. A batch whose connection is lost
/// is rolled back by the server: nothing of it is stored, and running ingest again stores it.
///
/// Calls block their thread until PostgreSQL answers (``PostgresSession``).
public final class PostgresGraphStore: GraphStorage {
    public let location: PostgresLocation
    let session: PostgresSession

    /// Connects to the database at `url`; `.write` creates the tables if missing.
    /// - Throws: ``GraphStoreError`` when the server cannot be reached, refuses the user, has no
    ///   such database, holds no graphtool store (`.read`), or holds one of a newer graphtool.
    public init(url: String, mode: GraphStore.Mode) throws(GraphStoreError) {
        location = try PostgresLocation(url: url)
        session = try PostgresSession(location)
        do {
            if mode == .write { try PostgresSchema.prepare(session) } else { try PostgresSchema.check(session) }
        } catch {
            throw PostgresFailure.storeError(error, location: location)
        }
    }

    public var path: String { location.description }

    /// Refreshes PostgreSQL's statistics of the tables after an ingest or a removal, so that the
    /// planner picks the indexes; each transaction is durable already once committed.
    public func checkpoint() throws(GraphStoreError) {
        _ = try read { try session.query("ANALYZE") }
    }

    /// The size of the database, in bytes; 0 when it cannot be read.
    public func sizeOnDisk() -> Int {
        (try? read { () throws -> Int in
            guard let row = try session.query("SELECT pg_database_size(current_database())").first else { return 0 }
            return Int(try session.decode(row, Int64.self))
        }) ?? 0
    }

    /// The number of transactions that changed the store.
    public func revision() -> String {
        (try? read { () throws -> String in
            guard let row = try session.query("SELECT changes FROM graphtool_schema WHERE id = 1").first else { return "" }
            return String(try session.decode(row, Int64.self))
        }) ?? ""
    }

    /// Runs `body` alone on the connection, outside any transaction (each statement sees what
    /// was committed before it).
    func read<T>(_ body: () throws -> T) throws(GraphStoreError) -> T {
        do { return try session.exclusively(body) } catch { throw PostgresFailure.storeError(error, location: location) }
    }

    /// Runs `body` in one transaction holding the writers' lock, and counts the change.
    func write<T>(_ body: () throws -> T) throws(GraphStoreError) -> T {
        do {
            return try session.transaction {
                try session.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.writeLock))")
                let result = try body()
                try session.query("UPDATE graphtool_schema SET changes = changes + 1 WHERE id = 1")
                return result
            }
        } catch {
            throw PostgresFailure.storeError(error, location: location)
        }
    }
}
