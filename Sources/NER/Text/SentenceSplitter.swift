/// A sentence: a range of tokens, and whether it reads like a headline.
public struct Sentence: Sendable, Equatable {
    /// Indices into the document's token array.
    public var tokens: Range<Int>
    /// A line without final punctuation whose words are mostly capitalized, or any sentence whose
    /// words are all in capitals (a headline, byline or caption); capitals there are no evidence
    /// of a name.
    public var isHeadline: Bool

    public init(tokens: Range<Int>, isHeadline: Bool) {
        self.tokens = tokens
        self.isHeadline = isHeadline
    }
}

/// Splits a token stream into sentences.
///
/// Reads: tokens and their bytes. Adds: ``Sentence`` ranges.
/// A sentence ends at a blank line; at a line break unless the next line starts in lowercase;
/// after `.`, `!`, `?` or `…` (and any closing quotes) when the next token starts a sentence;
/// and after an abbreviation's period (`U.S.`) only when the next word is a typical sentence
/// opener such as `The` or `But`.
public struct SentenceSplitter: Sendable {
    /// Decides whether a capitalized word (given as text) after an abbreviation opens a new sentence.
    public let opensSentence: @Sendable (String) -> Bool

    public init(opensSentence: @escaping @Sendable (String) -> Bool) {
        self.opensSentence = opensSentence
    }

    public func split(_ tokens: [Token], bytes: [UInt8]) -> [Sentence] {
        tokens.withUnsafeBufferPointer { tokens in bytes.withUnsafeBufferPointer { bytes in split(tokens, bytes) } }
    }

    private func split(_ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = 0
        for j in tokens.indices where j > start && breaks(before: j, tokens, bytes) {
            sentences.append(sentence(start..<j, tokens, bytes))
            start = j
        }
        if start < tokens.count {
            sentences.append(sentence(start..<tokens.count, tokens, bytes))
        }
        return sentences
    }

    private func breaks(before j: Int, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = tokens[j]
        switch next.gap {
        case .blankLine: return true
        case .newline: return !startsLowercase(next, bytes)
        case .none, .space: break
        }
        var k = j - 1
        while k > 0, tokens[k].kind == .punctuation, Self.isClosing(bytes, tokens[k]) { k -= 1 }
        let last = tokens[k]
        if last.kind == .punctuation, Self.isTerminal(bytes, last) {
            return startsSentence(next, bytes)
        }
        if last.kind == .word, last.shape.contains(.periods), bytes[Int(last.end) - 1] == UInt8(ascii: ".") {
            return next.isCapitalized && opensSentence(String(decoding: UnsafeBufferPointer(rebasing: bytes[next.range]), as: UTF8.self))
        }
        return false
    }

    private func startsLowercase(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        token.kind == .word && !token.isCapitalized && bytes[Int(token.start)] >= 0x61 && bytes[Int(token.start)] <= 0x7A
    }

    private func startsSentence(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch token.kind {
        case .word: return token.isCapitalized
        case .number: return true
        case .possessive: return false
        case .punctuation: return Self.isOpening(bytes, token)
        }
    }

    private func sentence(_ range: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Sentence {
        var k = range.upperBound - 1
        while k > range.lowerBound, tokens[k].kind == .punctuation, Self.isClosing(bytes, tokens[k]) { k -= 1 }
        let last = tokens[k]
        let terminated = (last.kind == .punctuation && (Self.isTerminal(bytes, last) || bytes[Int(last.start)] == UInt8(ascii: ":")))
            || (last.shape.contains(.periods) && bytes[Int(last.end) - 1] == UInt8(ascii: "."))
        var words = 0, capitalized = 0, shouted = 0
        for t in tokens[range] where t.kind == .word && Int(t.end) - Int(t.start) > 3 {
            words += 1
            if t.isCapitalized { capitalized += 1 }
            if t.shape.contains(.allCaps) { shouted += 1 }
        }
        if words >= 2 && shouted == words { return Sentence(tokens: range, isHeadline: true) }  // `SOCCER - LEICESTER BEAT BATH.`
        guard !terminated else { return Sentence(tokens: range, isHeadline: false) }
        return Sentence(tokens: range, isHeadline: words >= 2 && capitalized * 3 >= words * 2)
    }

    static func isTerminal<C: RandomAccessCollection>(_ bytes: C, _ t: Token) -> Bool where C.Element == UInt8, C.Index == Int {
        let b = bytes[Int(t.start)]
        if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return true }
        return Int(t.end) - Int(t.start) == 3 && b == 0xE2 && bytes[Int(t.start) + 1] == 0x80 && bytes[Int(t.start) + 2] == 0xA6
    }

    /// Closing quotes and brackets that may follow final punctuation.
    static func isClosing<C: RandomAccessCollection>(_ bytes: C, _ t: Token) -> Bool where C.Element == UInt8, C.Index == Int {
        let b = bytes[Int(t.start)]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { return true }
        return b == 0xE2 && bytes[Int(t.start) + 1] == 0x80 && (bytes[Int(t.start) + 2] == 0x9D || bytes[Int(t.start) + 2] == 0x99)
    }

    /// Opening quotes and brackets that may start a sentence.
    static func isOpening<C: RandomAccessCollection>(_ bytes: C, _ t: Token) -> Bool where C.Element == UInt8, C.Index == Int {
        let b = bytes[Int(t.start)]
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: "(") || b == UInt8(ascii: "[") { return true }
        return b == 0xE2 && bytes[Int(t.start) + 1] == 0x80 && (bytes[Int(t.start) + 2] == 0x9C || bytes[Int(t.start) + 2] == 0x98)
    }
}
