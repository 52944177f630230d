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
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        let start = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map(utf8.index(after:)) ?? utf8.startIndex
        var name = utf8[start..<end]
        if Self.endsInGz(name) { name = name.dropLast(3) }
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        switch String(decoding: name[name.index(after: dot)...].map(Self.asciiLowercased), as: UTF8.self) {
        case "jsonl", "ndjson", "json": self = .jsonl
        case "csv": self = .csv
        case "tsv": self = .tsv
        case "html", "htm": self = .html
        case "txt": self = .text
        default: return nil
        }
    }

    /// Whether a file name ends in `.gz` (any case): its bytes are gzip-compressed.
    public static func isCompressed(path: String) -> Bool { endsInGz(path.utf8[...]) }

    private static func endsInGz(_ name: Substring.UTF8View) -> Bool {
        name.count >= 3 && name.suffix(3).map(asciiLowercased).elementsEqual(".gz".utf8)
    }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
