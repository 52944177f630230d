/// Reads the dates news collections write, as a calendar date `YYYY-MM-DD`.
///
/// Understood, with any letter case and surrounding white space:
///
///     2022-03-01, 2022-03-01T10:00:00Z, 2022-03-01 10:00:00+02:00   ISO 8601
///     2022/03/01, 2022/3/1                                         year first with slashes
///     Tue, 01 Mar 2022 10:00:00 +0000                              RFC 2822
///     March 1, 2022 · Mar. 1, 2022 · March 1st 2022 · Tuesday, March 1, 2022
///     1 March 2022 · 1 Mar 2022 · 1st of March, 2022
///
/// A time may follow the date; the date is the one written, whatever the time zone. Anything else,
/// and a date that is not on the calendar (2022-02-30), gives nil: day-month order is ambiguous in
/// `03/01/2022`, so such dates are not guessed.
public enum PublicationDate {
    /// The date in `text` as `YYYY-MM-DD`, or nil.
    public static func normalized(_ text: String) -> String? {
        var scanner = DateScanner(Array(text.trimmed.utf8))
        if let date = scanner.yearFirst() ?? scanner.named() {
            return date.text
        }
        return nil
    }
}

/// A calendar date, valid by construction.
struct CalendarDate {
    let year: Int, month: Int, day: Int

    init?(year: Int, month: Int, day: Int) {
        guard (1000...2999).contains(year), (1...12).contains(month), day >= 1,
              day <= CalendarDate.days(inMonth: month, of: year) else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    var text: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}

/// Reads the parts of one date string from the start, ASCII only.
private struct DateScanner {
    let bytes: [UInt8]
    var i = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// `YYYY-MM-DD` or `YYYY/MM/DD` (one or two digits for month and day), followed by nothing,
    /// or a time after `T` or white space.
    func yearFirst() -> CalendarDate? {
        var scanner = self
        guard let year = scanner.number(digits: 4...4), let separator = scanner.byte(in: "-/"),
              let month = scanner.number(digits: 1...2), scanner.byte(in: [separator]) != nil,
              let day = scanner.number(digits: 1...2), scanner.endsOrTime(allowingT: true) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// A date with the month's name, after an optional weekday: `March 1, 2022` or `1 March 2022`.
    mutating func named() -> CalendarDate? {
        if let word = word(), Self.weekdays.contains(where: { word.starts(with: $0) }) {
            skip(".")
            skip(",")
            skipSpace()
        } else {
            i = 0
        }
        var scanner = self
        if let month = scanner.monthName(), let day = scanner.day(), let year = scanner.year() {
            return CalendarDate(year: year, month: month, day: day)
        }
        scanner = self
        if let day = scanner.day(), scanner.ofWord(), let month = scanner.monthName(), let year = scanner.year() {
            return CalendarDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// A day of the month with an optional ordinal suffix (`1st`), and white space or a comma after it.
    private mutating func day() -> Int? {
        guard let day = number(digits: 1...2) else { return nil }
        if let suffix = word(), !["st", "nd", "rd", "th"].contains(suffix) { return nil }
        skip(",")
        skipSpace()
        return day
    }

    /// `of` between a day and its month (`1st of March`), if there.
    private mutating func ofWord() -> Bool {
        let start = i
        if word() == "of" { skipSpace() } else { i = start }
        return true
    }

    /// A four-digit year and then nothing, or a time.
    private mutating func year() -> Int? {
        skip(",")
        skipSpace()
        guard let year = number(digits: 4...4), endsOrTime(allowingT: false) else { return nil }
        return year
    }

    /// A month's name, whole or cut to three letters (`Sept` too), with an optional dot.
    private mutating func monthName() -> Int? {
        guard let word = word(), word.count >= 3,
              let index = Self.months.firstIndex(where: { $0.starts(with: word) && (word.count == 3 || word == "sept" || word == $0) })
        else { return nil }
        skip(".")
        skip(",")
        skipSpace()
        return index + 1
    }

    /// True at the end, or before a time (`10:00`) after white space (or `T` when allowed).
    private mutating func endsOrTime(allowingT: Bool) -> Bool {
        guard i < bytes.count else { return true }
        let separator = bytes[i]
        guard separator == 0x20 || separator == 0x09 || (allowingT && (separator == 0x54 || separator == 0x74)) else { return false }
        var scanner = self
        scanner.i += 1
        scanner.skipSpace()
        if scanner.i == bytes.count { return true }
        return scanner.number(digits: 1...2) != nil && scanner.byte(in: ":") != nil && scanner.number(digits: 2...2) != nil
    }

    /// Lower-case ASCII letters from `i` (nil when there are none).
    private mutating func word() -> String? {
        var letters: [UInt8] = []
        while i < bytes.count, case let b = bytes[i] | 0x20, (0x61...0x7A).contains(b) {
            letters.append(b)
            i += 1
        }
        return letters.isEmpty ? nil : String(decoding: letters, as: UTF8.self)
    }

    /// A decimal number of as many digits as `digits` allows, and at least its lower bound,
    /// not followed by a further digit.
    private mutating func number(digits: ClosedRange<Int>) -> Int? {
        var value = 0, count = 0
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) {
            guard count < digits.upperBound else { return nil }
            value = value * 10 + Int(bytes[i] - 0x30)
            count += 1
            i += 1
        }
        return count >= digits.lowerBound ? value : nil
    }

    /// The byte at `i` when it is one of `choices`, stepping over it.
    private mutating func byte(in choices: String) -> UInt8? {
        guard i < bytes.count, choices.utf8.contains(bytes[i]) else { return nil }
        i += 1
        return bytes[i - 1]
    }

    private mutating func byte(in choices: [UInt8]) -> UInt8? {
        byte(in: String(decoding: choices, as: UTF8.self))
    }

    private mutating func skip(_ character: String) {
        _ = byte(in: character)
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july",
                                 "august", "september", "october", "november", "december"]
    private static let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
}
