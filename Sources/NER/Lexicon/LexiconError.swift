/// Problems with lexicon sources and compiled lexicons; each message says what to do.
public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A source line that does not follow its file's format.
    case malformedLine(file: String, line: Int, text: String, problem: String)
    /// A source file that cannot be read.
    case unreadable(file: String, reason: String)
    /// The package's own data files are missing.
    case missingResources(String)
    /// Compiled bytes that are not a lexicon of this version.
    case corruptCompiledLexicon

    public var description: String {
        switch self {
        case let .malformedLine(file, line, text, problem):
            return "\(file):\(line): \(problem): \"\(text)\"; fix or remove the line"
        case let .unreadable(file, reason):
            return "\(file): cannot read: \(reason)"
        case let .missingResources(path):
            return "graphtool's data files are missing at \(path); reinstall or rebuild graphtool"
        case .corruptCompiledLexicon:
            return "a compiled lexicon in the cache is damaged; delete the graphtool cache folder and run again"
        }
    }
}
