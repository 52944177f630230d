/// Finds a date in one line of UTF-8 text, in one of three forms:
///
///     \b(\d{4})-(\d{2})-(\d{2})\b                      2022-03-03
///     \b(January|…|December)\.? (\d{1,2}),? (\d{4})\b  March 3, 2022 · May. 3 2022
///     \b(\d{1,2}) (January|…|December),? (\d{4})\b     3 March 2022 · 3 March, 2022
///
/// Each form counts only where it first matches: when that match is not a valid date (year
/// 1900–2100, month 1–12, day 1–31), the form gives nothing in this line. Of the forms that give
/// a date, the one that starts earliest wins. Month names are matched case-sensitively.
///
/// `\d` and `\b` mean what they mean in ICU regular expressions. `\d` is any Unicode decimal
/// digit (only 0–9 give a valid date). `\b` lies between a word character (``isWord(_:)``: letters
/// and digits of any script, marks, connector punctuation such as `_`) and another character or
/// either end of the line; looking back, transparent characters (``isTransparent(_:)``: combining
/// marks, format characters such as U+200B) are skipped, and one right after the position rules
/// `\b` out. So a letter of any script next to a date hides it, while spaces and punctuation of
/// any script (U+00A0, `—`, `“`) do not. Invalid UTF-8 reads as U+FFFD, as
/// `String(decoding:as:)` reads it: not a word character.
///
/// Pure: reads only `line`.
struct DateScanner {
    let line: ArraySlice<UInt8>

    /// The date as `YYYY-MM-DD`, or nil.
    /// - Complexity: O(n) in the line's length. A line without four ASCII digits in a row (every
    ///   valid date has them, as its year) is rejected after looking at about one byte in four.
    var date: String? {
        guard hasYear else { return nil }
        var failed: Set<Form> = []
        for i in line.indices {
            guard let match = match(at: i), !failed.contains(match.form) else { continue }
            if let date = match.date { return date }
            failed.insert(match.form)
        }
        return nil
    }

    private enum Form { case iso, monthFirst, dayFirst }

    /// A match of one form; a field is nil when one of its digits is not 0–9.
    private struct Match {
        var form: Form
        var year: Int?
        var month: Int?
        var day: Int?

        /// `YYYY-MM-DD` (a valid year has four digits; month and day get a leading zero), or nil
        /// when the fields are not a valid date.
        var date: String? {
            guard let year, let month, let day, (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
            let twoDigits = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
            return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
        }
    }

    /// Whether the line has four ASCII digits in a row. Any four bytes in a row include one of
    /// every fourth byte, so only those are looked at until one is a digit, then the run of
    /// digits around it is measured.
    private var hasYear: Bool {
        var i = line.startIndex + 3
        while i < line.endIndex {
            guard Self.isDigit(line[i]) else {
                i += 4
                continue
            }
            var start = i, end = i + 1
            while start > line.startIndex, Self.isDigit(line[start - 1]) { start -= 1 }
            while end < line.endIndex, Self.isDigit(line[end]) { end += 1 }
            if end - start >= 4 { return true }
            i = end + 4
        }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// The match of any form that starts at `i`. No two forms can start at the same place: a
    /// month's name starts with a capital letter, and after its first one or two digits the ISO
    /// form has a digit where the day-first form has a space.
    private func match(at i: Int) -> Match? {
        let startsName = (0x41...0x5A).contains(line[i])
        guard startsName || digit(at: i) != nil, wordStarts(at: i) else { return nil }
        return startsName ? monthFirst(at: i) : iso(at: i) ?? dayFirst(at: i)
    }

    /// `(\d{4})-(\d{2})-(\d{2})\b` at `i`.
    private func iso(at i: Int) -> Match? {
        guard let year = number(at: i, digits: 4...4), let dash = literal("-", at: year.end),
              let month = number(at: dash, digits: 2...2), let dash = literal("-", at: month.end),
              let day = number(at: dash, digits: 2...2), wordEnds(at: day.end) else { return nil }
        return Match(form: .iso, year: year.value, month: month.value, day: day.value)
    }

    /// `(January|…|December)\.? (\d{1,2}),? (\d{4})\b` at `i`.
    private func monthFirst(at i: Int) -> Match? {
        guard let month = monthName(at: i), let space = literal(" ", at: literal(".", at: month.end) ?? month.end),
              let day = number(at: space, digits: 1...2), let year = year(at: day.end) else { return nil }
        return Match(form: .monthFirst, year: year.value, month: month.value, day: day.value)
    }

    /// `(\d{1,2}) (January|…|December),? (\d{4})\b` at `i`.
    private func dayFirst(at i: Int) -> Match? {
        guard let day = number(at: i, digits: 1...2), let space = literal(" ", at: day.end),
              let month = monthName(at: space), let year = year(at: month.end) else { return nil }
        return Match(form: .dayFirst, year: year.value, month: month.value, day: day.value)
    }

    /// `,? (\d{4})\b` at `i`: the year, as ``number(at:digits:)`` reads it.
    private func year(at i: Int) -> (value: Int?, end: Int)? {
        guard let space = literal(" ", at: literal(",", at: i) ?? i), let year = number(at: space, digits: 4...4),
              wordEnds(at: year.end) else { return nil }
        return year
    }

    /// The index after `character` if the line has it at `i`.
    private func literal(_ character: Unicode.Scalar, at i: Int) -> Int? {
        i < line.endIndex && line[i] == UInt8(ascii: character) ? i + 1 : nil
    }

    /// The number (1–12) of the month whose name starts at `i`, and the index after the name.
    private func monthName(at i: Int) -> (value: Int, end: Int)? {
        let rest = line[i...]
        guard let index = Self.monthNames.firstIndex(where: { rest.starts(with: $0) }) else { return nil }
        return (index + 1, i + Self.monthNames[index].count)
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"].map { Array($0.utf8) }

    /// As many decimal digits from `i` as `digits` allows, at least its lower bound: their value
    /// (nil when one is not 0–9) and the index after them.
    private func number(at i: Int, digits: ClosedRange<Int>) -> (value: Int?, end: Int)? {
        var value: Int? = 0, end = i, count = 0
        while count < digits.upperBound, let digit = digit(at: end) {
            value = value.flatMap { total in digit.value.map { total * 10 + $0 } }
            end += digit.width
            count += 1
        }
        return count >= digits.lowerBound ? (value, end) : nil
    }

    /// The decimal digit (of any script, as `\d` matches) that starts at `i`: its value when it is
    /// 0–9, and its width in bytes. Unicode has no other decimal digit below U+0660, whose UTF-8
    /// starts with 0xD9, so characters with a smaller first byte are not decoded.
    private func digit(at i: Int) -> (value: Int?, width: Int)? {
        guard i < line.endIndex else { return nil }
        let byte = line[i]
        if Self.isDigit(byte) { return (Int(byte - 0x30), 1) }
        guard byte >= 0xD9, let (scalar, width) = scalar(at: i), scalar.properties.generalCategory == .decimalNumber else { return nil }
        return (nil, width)
    }

    /// `\b` before a match at `i`, whose first character is a word character: the first
    /// character back that is not transparent is not a word character, or there is none.
    private func wordStarts(at i: Int) -> Bool {
        var i = i
        while let (scalar, start) = scalar(before: i) {
            if !Self.isTransparent(scalar) { return !Self.isWord(scalar) }
            i = start
        }
        return true
    }

    /// `\b` after a match ending at `i`, whose last character is a digit: the character at `i` is
    /// neither a word character nor transparent, or there is none.
    private func wordEnds(at i: Int) -> Bool {
        guard let (scalar, _) = scalar(at: i) else { return true }
        return !Self.isWord(scalar) && !Self.isTransparent(scalar)
    }

    /// The scalar that starts at `i` and its width in bytes.
    private func scalar(at i: Int) -> (Unicode.Scalar, width: Int)? {
        var bytes = line[i...].makeIterator(), parser = Unicode.UTF8.ForwardParser()
        switch parser.parseScalar(from: &bytes) {
        case .valid(let encoded): return (Unicode.UTF8.decode(encoded), encoded.count)
        case .error(let length): return ("\u{FFFD}", length)
        case .emptyInput: return nil
        }
    }

    /// The scalar that ends just before `i` and the index where it starts: the sequence from the
    /// last lead byte at most four bytes back, or U+FFFD when that is not one valid sequence.
    private func scalar(before i: Int) -> (Unicode.Scalar, start: Int)? {
        guard i > line.startIndex else { return nil }
        var start = i - 1
        while start > line.startIndex, i - start < 4, line[start] & 0xC0 == 0x80 { start -= 1 }
        if let (scalar, width) = scalar(at: start), start + width == i { return (scalar, start) }
        return ("\u{FFFD}", i - 1)
    }

    /// A word character for `\b`: a letter (Alphabetic), mark, decimal digit or connector
    /// punctuation. (ICU's set also has U+200C and U+200D, format characters that
    /// ``isTransparent(_:)`` takes first.)
    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case ..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
            default: return scalar.properties.isAlphabetic
            }
        }
    }

    /// A character that `\b` looks past: a combining mark (Grapheme_Extend) or a format
    /// character (such as U+200B ZERO WIDTH SPACE).
    private static func isTransparent(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && (scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format)
    }
}
