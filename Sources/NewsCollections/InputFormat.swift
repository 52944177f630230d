/// The formats a collection comes in.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// JSON Lines: one JSON object, one article, a line (`.jsonl`, `.ndjson`, `.json`).
    case jsonl
    /// Comma-separated values with a header row (`.csv`).
    case csv
    /// Tab-separated values with a header row (`.tsv`).
    case tsv
    /// A saved web page, one article (`.html`, `.htm`).
    case html
    /// Plain text, one article (`.txt`).
    case text

    /// The format a file name's extension names, looking past a final `.gz` (any case); nil when
    /// the extension is none of the known ones.
    public init?(path: String) {
        var name = Substring(path)
        while name.hasSuffix("/") { name.removeLast() }
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if Self.isCompressed(path: name) { name.removeLast(3) }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "jsonl", "ndjson", "json": self = .jsonl
        case "csv": self = .csv
        case "tsv": self = .tsv
        case "html", "htm": self = .html
        case "txt": self = .text
        default: return nil
        }
    }

    /// Whether a file name ends in `.gz` (any case): its bytes are gzip-compressed.
    public static func isCompressed(path: some StringProtocol) -> Bool {
        path.suffix(3).lowercased() == ".gz"
    }
}
