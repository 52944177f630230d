/// Why the server could not start; each message says what to do.
public enum ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The page's files are missing from the build.
    case missingResources(String)

    public var description: String {
        switch self {
        case .missingResources(let path):
            return "the viewer page's files are missing from \(path); rebuild graphtool with `swift build`"
        }
    }
}
