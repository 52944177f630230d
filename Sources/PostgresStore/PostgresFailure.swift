import Graph
import PostgresNIO

/// PostgreSQL's failures as the store's errors, each message saying what to do.
enum PostgresFailure {
    static func storeError(_ error: Error, location: PostgresLocation) -> GraphStoreError {
        if let error = error as? GraphStoreError { return error }
        let place = location.description
        guard let error = error as? PSQLError else { return .database(path: place, reason: "\(error)") }
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return unreachable(location, cause: error.underlying.map { "\($0)" })
        case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
            return credentials(location, detail: "the server asks for a password it did not get or cannot check")
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            let message = error.serverInfo?[.message] ?? "unknown server error"
            switch state {
            case "28P01", "28000":
                return credentials(location, detail: message)
            case "3D000":
                return .database(path: place, reason: "the server has no database “\(location.database)”; create it "
                    + "(`createdb -h \(location.host) -p \(location.port) -U \(location.user) \(location.database)`) or name another in the URL")
            case "40001", "40P01":
                return .locked(path: place)
            case _ where state.hasPrefix("08") || state.hasPrefix("57P"):
                return .database(path: place, reason: "the PostgreSQL server stopped the connection (\(message)); run the command again once it is up "
                    + "(an interrupted ingest stored only whole batches, and resumes where it stopped)")
            default:
                return .database(path: place, reason: "PostgreSQL: \(message) [\(state)]")
            }
        default:
            return .database(path: place, reason: "PostgreSQL: \(String(reflecting: error))")
        }
    }

    /// The server could not be reached, or dropped the connection.
    static func unreachable(_ location: PostgresLocation, cause: String?) -> GraphStoreError {
        .database(path: location.description, reason: "cannot reach the PostgreSQL server at \(location.host):\(location.port)"
            + (cause.map { " (\($0))" } ?? "") + "; check that it is running and that --db names the right host and port, then run the "
            + "command again (an interrupted ingest stored only whole batches, and resumes where it stopped)")
    }

    private static func credentials(_ location: PostgresLocation, detail: String) -> GraphStoreError {
        .database(path: location.description, reason: "PostgreSQL refused user “\(location.user)” (\(detail)); "
            + "put the right user and password in the URL (postgresql://USER:PASSWORD@HOST:PORT/DATABASE) or in $PGPASSWORD")
    }
}
