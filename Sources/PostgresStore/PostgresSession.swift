import Foundation
import Graph
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One connection to PostgreSQL, used synchronously, as the store protocol is: each call sends
/// its query on the connection's event loop and blocks the calling thread until the answer is
/// in. Connections run on an event loop thread of their own (``loops``), on which nothing else
/// runs and nothing waits: the blocked thread is never one that has to deliver the answer, nor
/// one of the server's loops.
/// Calls are serialised by a lock: one store can be shared by threads (the server's requests),
/// each operation running alone on the connection.
final class PostgresSession: @unchecked Sendable {
    let location: PostgresLocation
    private let connection: PostgresConnection
    private let lock = NSRecursiveLock()
    private static let logger = Logger(label: "graphtool.postgres") { _ in SwiftLogNoOpLogHandler() }
    /// The event loop of every connection, for the life of the process.
    private static let loops = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    init(_ location: PostgresLocation) throws(GraphStoreError) {
        self.location = location
        var configuration = PostgresConnection.Configuration(host: location.host, port: location.port, username: location.user,
                                                             password: location.password, database: location.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        do {
            connection = try PostgresConnection.connect(on: Self.loops.next(), configuration: configuration,
                                                        id: 1, logger: Self.logger).wait()
        } catch {
            throw PostgresFailure.storeError(error, location: location)
        }
    }

    deinit {
        try? connection.close().wait()
    }

    /// Runs one statement (its interpolated values bound as parameters) and returns every row.
    @discardableResult
    func query(_ query: PostgresQuery) throws(GraphStoreError) -> PostgresQueryResult {
        // A query sent on a connection the server closed would never be answered.
        guard !connection.isClosed else { throw PostgresFailure.unreachable(location, cause: "the server closed the connection") }
        do {
            return try connection.query(query, logger: Self.logger).wait()
        } catch {
            throw PostgresFailure.storeError(error, location: location)
        }
    }

    /// Runs statements separated by semicolons, without parameters, one after the other.
    func script(_ sql: String) throws(GraphStoreError) {
        for statement in sql.split(separator: ";") where !statement.allSatisfy(\.isWhitespace) {
            try query(PostgresQuery(unsafeSQL: String(statement)))
        }
    }

    /// Runs `body` with no other call of this session in between.
    func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs `body` in one transaction: all of it is stored, or, when it throws or the connection
    /// is lost, none of it (the server rolls back a transaction whose connection is gone).
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try exclusively {
            try query("BEGIN")
            do {
                let result = try body()
                try query("COMMIT")
                return result
            } catch {
                _ = try? query("ROLLBACK")
                throw error
            }
        }
    }

    /// Decodes a row of one column.
    func decode<Column: PostgresDecodable>(_ row: PostgresRow, _ type: Column.Type) throws(GraphStoreError) -> Column {
        do { return try row.decode(type) } catch { throw PostgresFailure.storeError(error, location: location) }
    }

    /// Decodes a row, turning a mismatch of column types into a store error.
    func decode<each Column: PostgresDecodable>(_ row: PostgresRow, _ types: (repeat each Column).Type) throws(GraphStoreError) -> (repeat each Column) {
        do { return try row.decode(types) } catch { throw PostgresFailure.storeError(error, location: location) }
    }
}
