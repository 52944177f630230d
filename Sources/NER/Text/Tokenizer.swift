/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// Reads: the bytes of a ``SourceText``. Adds: ``Token``s with kind, shape and the gap before each.
/// Handles abbreviations with periods (`U.S.`, `Mr.`, `Feb.`; single-letter initials), possessives
/// (`'s`, `’s`, a trailing `’` after a plural), `&` inside names (`H&M`), numbers with separators,
/// and keeps hyphens as their own tokens so that `Stockholm-based` gives `Stockholm`, `-`, `based`.
public struct Tokenizer: Sendable {
    /// The lowercased words that take a period when followed by one (`mr`, `feb`, `gen`, `inc`), of
    /// up to six ASCII letters, packed by ``packed(_:)`` for a look-up without a `String`.
    private let packedAbbreviations: Set<UInt64>

    /// - Parameter abbreviations: lowercased words that take a period when followed by one.
    public init(abbreviations: Set<String>) {
        packedAbbreviations = Set(abbreviations.compactMap { word in
            var word = word
            return word.withUTF8 { Self.packed($0[...]) }
        })
    }

    /// Up to six ASCII bytes, lowercased, as one number (nil for longer or non-ASCII words).
    private static func packed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64? {
        guard bytes.count <= 6 else { return nil }
        var key = UInt64(bytes.count)
        for b in bytes {
            guard b < 0x80 else { return nil }
            key = key << 8 | UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return key
    }

    /// The tokens of `bytes`.
    ///
    /// - Complexity: O(n) in the number of bytes.
    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var gap = Token.Gap.blankLine
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                gap = gap >= .newline ? .blankLine : .newline
                i += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
            if UTF8Scalar.isSpace(scalar) || scalar == 0x0D {
                if gap == .none { gap = .space }
                i += length
                continue
            }
            if UTF8Scalar.isLetter(scalar) {
                tokens.append(scanWord(bytes, from: i, gap: gap))
            } else if UTF8Scalar.isDigit(b) {
                tokens.append(scanNumber(bytes, from: i, gap: gap))
            } else if UTF8Scalar.isApostrophe(scalar), let possessive = possessive(bytes, at: i, length: length, after: tokens.last, gap: gap) {
                tokens.append(possessive)
            } else {
                tokens.append(Token(start: i, end: i + length, kind: .punctuation, shape: [], gap: gap))
            }
            i = Int(tokens[tokens.count - 1].end)
            gap = .none
        }
        return tokens
    }

    /// `'s` / `’s` right after a word, or a lone `’` after a word ending in `s`.
    private func possessive(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int, after previous: Token?, gap: Token.Gap) -> Token? {
        guard gap == .none, let previous, previous.kind == .word else { return nil }
        let next = i + length
        if next < bytes.count, bytes[next] | 0x20 == UInt8(ascii: "s"), !continuesWord(bytes, at: next + 1) {
            return Token(start: i, end: next + 1, kind: .possessive, shape: [], gap: gap)
        }
        if bytes[Int(previous.end) - 1] | 0x20 == UInt8(ascii: "s"), !continuesWord(bytes, at: next) {
            return Token(start: i, end: next, kind: .possessive, shape: [], gap: gap)
        }
        return nil
    }

    private func continuesWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i < bytes.count else { return false }
        let (scalar, _) = UTF8Scalar.decode(bytes, at: i)
        return UTF8Scalar.isLetter(scalar) || UTF8Scalar.isDigit(bytes[i])
    }

    private func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, gap: Token.Gap) -> Token {
        let n = bytes.count
        var i = start
        var upper = 0, lower = 0, letters = 0
        var shape: Token.Shape = []
        var first = true
        while i < n {
            let b = bytes[i]
            if b &- 0x61 < 26 {
                // A run of lowercase ASCII letters, the bulk of any text.
                let runStart = i
                i = Self.lowercaseRunEnd(bytes, from: i + 1)
                lower += i - runStart; letters += i - runStart; first = false
                continue
            }
            if b >= 0x41 && b <= 0x5A {
                upper += 1; letters += 1
                if first { shape.insert(.capitalized) }
                first = false; i += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: i)
            if UTF8Scalar.isLetter(scalar) {
                letters += 1
                if UTF8Scalar.isUppercase(scalar) {
                    upper += 1
                    if first { shape.insert(.capitalized) }
                } else if UTF8Scalar.isLowercase(scalar) {
                    lower += 1
                }
                first = false
                i += length
            } else if UTF8Scalar.isDigit(bytes[i]) {
                shape.insert(.digit)
                i += 1
            } else if scalar == 0x26, i + 1 < n, UTF8Scalar.isASCIILetter(bytes[i + 1]), upper > 0 {
                i += 1  // H&M, AT&T
            } else if UTF8Scalar.isApostrophe(scalar), continuesWord(bytes, at: i + length),
                      !(bytes[i + length] | 0x20 == UInt8(ascii: "s") && !continuesWord(bytes, at: i + length + 1)) {
                i += length  // O'Brien, don't
            } else if scalar == 0x2E, letters == 1, i + 2 < n, UTF8Scalar.isASCIILetter(bytes[i + 1]), bytes[i + 2] == 0x2E {
                // Letter-period sequences: U.S., U.N., a.m.
                i = scanInitials(bytes, from: start)
                shape.insert(.periods)
                break
            } else {
                break
            }
        }
        if i < n, bytes[i] == 0x2E, !shape.contains(.periods), takesPeriod(bytes, start..<i, letters: letters, upper: upper) {
            i += 1
            shape.insert(.periods)
        }
        if shape.contains(.periods) {
            upper = 0; lower = 0; letters = 0
            for k in start..<i where UTF8Scalar.isASCIILetter(bytes[k]) {
                letters += 1
                if bytes[k] < 0x61 { upper += 1 } else { lower += 1 }
            }
        }
        if upper >= 2, lower == 0 { shape.insert(.allCaps) }
        if lower > 0 { shape.insert(.lowercase) }
        return Token(start: start, end: i, kind: .word, shape: shape, gap: gap)
    }

    /// The end of the run of lowercase ASCII letters from `start`, eight bytes at a time.
    @inline(__always)
    private static func lowercaseRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        var i = start
        while i + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
            // Per byte, with the top bit set so that no subtraction borrows from the next byte: the
            // top bit stays set when the byte is at least `a`, and when it is past `z`.
            let atLeastA = (word | high) &- 0x6161_6161_6161_6161
            let pastZ = (word | high) &- 0x7B7B_7B7B_7B7B_7B7B
            let notLowercase = ~(atLeastA & ~pastZ & ~word) & high
            if notLowercase != 0 { return i + notLowercase.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < bytes.count, bytes[i] &- 0x61 < 26 { i += 1 }
        return i
    }

    /// `U.S.`, `U.N.`, `a.m.`: single letters each followed by a period.
    private func scanInitials(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i + 1 < bytes.count, UTF8Scalar.isASCIILetter(bytes[i]), bytes[i + 1] == 0x2E {
            i += 2
        }
        return i
    }

    /// A single capital (an initial, `J.`) or a known abbreviation takes its period.
    private func takesPeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, letters: Int, upper: Int) -> Bool {
        if letters == 1, upper == 1 { return true }
        guard let key = Self.packed(bytes[range]) else { return false }
        return packedAbbreviations.contains(key)
    }

    private func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, gap: Token.Gap) -> Token {
        let n = bytes.count
        var i = start
        while i < n {
            let b = bytes[i]
            if UTF8Scalar.isDigit(b) || UTF8Scalar.isASCIILetter(b) {
                i += 1
            } else if b == 0x2C || b == 0x2E || b == 0x3A, i + 1 < n, UTF8Scalar.isDigit(bytes[i + 1]) {
                i += 2
            } else {
                break
            }
        }
        return Token(start: start, end: i, kind: .number, shape: [.digit], gap: gap)
    }
}
