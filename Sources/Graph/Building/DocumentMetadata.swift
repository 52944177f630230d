import Foundation

/// A document's title (its first non-empty line) and date (`YYYY-MM-DD`), read from the top of
/// its text: a line like `date 2022-03-03`, or `March 3, 2022` or `3 March 2022`.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String
    public var date: String?

    /// Reads the title and a date in the first 2,000 bytes of `bytes`.
    /// - Complexity: one pass over those bytes; the date patterns run only on lines with a year.
    public init(bytes: [UInt8]) {
        let lines = Self.lines(bytes.prefix(2_000))
        let firstLine = lines.lazy.map(Self.trimmed).first { !$0.isEmpty }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        title = firstLine.count > 200 ? String(firstLine.prefix(200)) + "…" : firstLine
        // A date never spans lines, so the first line that has one has the earliest.
        date = lines.lazy.filter { Self.hasYear($0) && Self.mayHaveDate($0) }.compactMap { Self.date(in: String(decoding: $0, as: UTF8.self)) }.first
    }

    /// `bytes` split at line breaks (those of `Character.isNewline`: `\n`, `\r`, `\u{B}`, `\u{C}`,
    /// U+0085, U+2028, U+2029).
    private static func lines(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex, i = bytes.startIndex
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
                lines.append(bytes[start..<i])
                start = i + width
            }
            i += max(width, 1)
        }
        lines.append(bytes[start...])
        return lines
    }

    /// Whether a line has four digits in a row, as each date pattern does.
    private static func hasYear(_ line: ArraySlice<UInt8>) -> Bool {
        var run = 0
        for byte in line {
            run = (0x30...0x39).contains(byte) ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// A line with a year that also has `-` or the first three letters of a month's name: the
    /// regular expressions, slow on Linux, run only on those.
    private static func mayHaveDate(_ line: ArraySlice<UInt8>) -> Bool {
        if line.contains(UInt8(ascii: "-")) { return true }
        var i = line.startIndex
        while i + 2 < line.endIndex {
            if (0x41...0x5A).contains(line[i]), monthPrefixes.contains(Array(line[i...(i + 2)])) { return true }
            i += 1
        }
        return false
    }

    private static let monthPrefixes = Set(monthNames.map { Array($0.utf8.prefix(3)) })

    /// The line without spaces and tabs at either end.
    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var line = line
        while let b = line.first, b == 0x20 || b == 0x09 { line.removeFirst() }
        while let b = line.last, b == 0x20 || b == 0x09 { line.removeLast() }
        return line
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    /// Checks a `YYYY-MM-DD` string given by the user; nil when it is not a valid date.
    public static func validDate(_ text: String) -> String? {
        Self.date(in: text).flatMap { $0 == text ? $0 : nil }
    }

    private static let iso = try! NSRegularExpression(pattern: #"\b(\d{4})-(\d{2})-(\d{2})\b"#)
    private static let monthFirst = try! NSRegularExpression(
        pattern: #"\b(January|February|March|April|May|June|July|August|September|October|November|December)\.? (\d{1,2}),? (\d{4})\b"#)
    private static let dayFirst = try! NSRegularExpression(
        pattern: #"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December),? (\d{4})\b"#)
    private static let months = monthNames.map { $0.lowercased() }

    private static func date(in text: String) -> String? {
        let ns = text as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var found: [(Int, String)] = []
        func add(_ match: NSTextCheckingResult?, year: Int, month: Int, day: Int) {
            guard let match else { return }
            let part = { (i: Int) in ns.substring(with: match.range(at: i)) }
            let m = Int(part(month)) ?? (months.firstIndex(of: part(month).lowercased()).map { $0 + 1 } ?? 0)
            guard let y = Int(part(year)), let d = Int(part(day)), (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return }
            found.append((match.range.location, String(format: "%04d-%02d-%02d", y, m, d)))
        }
        add(iso.firstMatch(in: text, range: whole), year: 1, month: 2, day: 3)
        add(monthFirst.firstMatch(in: text, range: whole), year: 3, month: 1, day: 2)
        add(dayFirst.firstMatch(in: text, range: whole), year: 3, month: 2, day: 1)
        return found.min { $0.0 < $1.0 }?.1
    }
}
