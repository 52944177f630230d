import Foundation
import Graph

/// A PostgreSQL store's address, from a `postgresql://user[:password]@host[:port]/database` URL
/// (`postgres://` too). The user defaults to `postgres`, the port to 5432; without a password in
/// the URL, `$PGPASSWORD` is used when set.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String

    /// Whether `location` names a PostgreSQL store rather than a SQLite file.
    public static func isURL(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// - Throws: ``GraphStoreError/notAStore(path:reason:)`` when `url` is not a usable URL.
    public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(GraphStoreError) {
        guard Self.isURL(url), let parts = URLComponents(string: url), let host = parts.host, !host.isEmpty else {
            throw .notAStore(path: url, reason: "it is not a URL of the form postgresql://user@host:port/database")
        }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw .notAStore(path: url, reason: "the URL names no database; end it with /DATABASE")
        }
        user = parts.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        password = parts.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        self.host = host
        port = parts.port ?? 5432
        self.database = database
    }

    /// The URL without its password, for messages.
    public var description: String {
        "postgresql://\(user)@\(host):\(port)/\(database)"
    }
}
