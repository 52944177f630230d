/// A document's title (its first non-empty line) and date (`YYYY-MM-DD`), read from the top of
/// its text: a line like `date 2022-03-03`, or `March 3, 2022` or `3 March 2022`.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String
    public var date: String?

    /// Reads the title and a date in the first 2,000 bytes of `bytes`.
    /// - Complexity: O(n) in those bytes (see ``DateScanner``).
    public init(bytes: [UInt8]) {
        let lines = Lines(bytes.prefix(2_000))
        let firstLine = lines.lazy.map(Self.trimmed).first { !$0.isEmpty }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        title = firstLine.count > 200 ? String(firstLine.prefix(200)) + "…" : firstLine
        // A date never spans lines, so the first line that has one has the earliest.
        date = lines.lazy.compactMap { DateScanner(line: $0).date }.first
    }

    /// `bytes` split at line breaks (those of `Character.isNewline`: `\n`, `\r`, `\u{B}`, `\u{C}`,
    /// U+0085, U+2028, U+2029), found as they are read: the title and date are usually in the
    /// first few lines.
    private struct Lines: Sequence, IteratorProtocol {
        let bytes: ArraySlice<UInt8>
        private var start: Int
        private var finished = false

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            start = bytes.startIndex
        }

        mutating func next() -> ArraySlice<UInt8>? {
            guard !finished else { return nil }
            var i = start
            let end = bytes.endIndex
            while i < end {
                let b = bytes[i]
                var width = 0
                if b >= 0x0A && b <= 0x0D {
                    width = 1
                } else if b == 0xC2, i + 1 < end, bytes[i + 1] == 0x85 {
                    width = 2
                } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    width = 3
                }
                if width > 0 {
                    defer { start = i + width }
                    return bytes[start..<i]
                }
                i += 1
            }
            finished = true
            return bytes[start...]
        }
    }

    /// The line without spaces and tabs at either end.
    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var line = line
        while let b = line.first, b == 0x20 || b == 0x09 { line.removeFirst() }
        while let b = line.last, b == 0x20 || b == 0x09 { line.removeLast() }
        return line
    }

    /// Checks a `YYYY-MM-DD` string given by the user; nil when it is not a valid date.
    public static func validDate(_ text: String) -> String? {
        DateScanner(line: ArraySlice(text.utf8)).date == text ? text : nil
    }
}
