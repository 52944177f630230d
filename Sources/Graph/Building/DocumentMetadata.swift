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
            let offset = bytes.startIndex
            let lineBreak = bytes.withUnsafeBufferPointer { buffer -> (at: Int, width: Int)? in
                var i = start - offset
                while i < buffer.count {
                    let b = buffer[i]
                    if b <= 0x0D, b >= 0x0A { return (i, 1) }
                    if b == 0xC2, i + 1 < buffer.count, buffer[i + 1] == 0x85 { return (i, 2) }
                    if b == 0xE2, i + 2 < buffer.count, buffer[i + 1] == 0x80, buffer[i + 2] == 0xA8 || buffer[i + 2] == 0xA9 { return (i, 3) }
                    i += 1
                }
                return nil
            }
            guard let lineBreak else {
                finished = true
                return bytes[start...]
            }
            defer { start = offset + lineBreak.at + lineBreak.width }
            return bytes[start..<offset + lineBreak.at]
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
