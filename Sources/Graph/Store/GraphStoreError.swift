/// Why the store could not be opened, read or written; each message says what to do.
public enum GraphStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No store at the path.
    case missing(path: String)
    /// The file is not a SQLite database, or not one graphtool made.
    case notAStore(path: String, reason: String)
    /// Another process is writing to the store.
    case locked(path: String)
    /// Any other database failure.
    case database(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "no graph store at \(path); build one first with `graphtool ingest FOLDER --db \(path)`"
        case .notAStore(let path, let reason):
            return "\(path) is not a graphtool store (\(reason)); name another file with --db, or delete it and ingest again"
        case .locked(let path):
            return "another graphtool ingest is writing to \(path); wait for it to finish, then run this again"
        case .database(let path, let reason):
            return "\(path): \(reason)"
        }
    }
}
