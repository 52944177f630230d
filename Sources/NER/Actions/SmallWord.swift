/// The closed-class words that clause reading tests tokens for (`the`, `and`, `by`, `which`…), so
/// that a test is one comparison of a per-token id (``ClauseReader/isWord(_:_:)``) instead of a
/// byte-by-byte comparison of the token's text.
enum SmallWord: UInt8, CaseIterable {
    /// Not yet looked at (the reader's cache marks unread tokens so).
    case unknown
    /// Any other token.
    case other
    case all, and, `as`, both, by, from, he, including, it, like, of, or, she, such, that, the, to, `where`, which, who, whom, with

    /// Finds the word of a token from its letters' code with a perfect hash: each word has a slot of
    /// its own, so a look-up is one multiplication and one comparison.
    struct Table: Sendable {
        private let codes: [UInt64]
        private let words: [SmallWord]
        private let multiplier: UInt64
        private static let shift: UInt64 = 58  // 64 slots

        init() {
            let all = SmallWord.allCases.filter { $0 != .unknown && $0 != .other }
            let keys = all.map { word in Array(String(describing: word).utf8).withUnsafeBufferPointer { SmallWord.code($0) } }
            var multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            while Set(keys.map { ($0 &* multiplier) >> Self.shift }).count < keys.count {  // the next odd multiplier of a generator
                multiplier = (multiplier &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407) | 1
            }
            var codes = [UInt64](repeating: 0, count: 1 << (64 - Int(Self.shift)))
            var words = [SmallWord](repeating: .other, count: codes.count)
            for (key, word) in zip(keys, all) {
                let slot = Int((key &* multiplier) >> Self.shift)
                codes[slot] = key
                words[slot] = word
            }
            self.codes = codes
            self.words = words
            self.multiplier = multiplier
        }

        /// The word the token `token` of `bytes` spells, case-insensitively.
        func word(_ token: Token, in bytes: UnsafeBufferPointer<UInt8>) -> SmallWord {
            let length = Int(token.end - token.start)
            guard token.kind == .word, length >= 2, length <= 9 else { return .other }
            let code = SmallWord.code(UnsafeBufferPointer(rebasing: bytes[token.range]))
            let slot = Int((code &* multiplier) >> Self.shift)
            return code != 0 && codes[slot] == code ? words[slot] : .other
        }
    }

    static let table = Table()

    /// Five bits a letter (a = 1 … z = 26) for words of up to twelve ASCII letters, either case; 0 otherwise.
    private static func code(_ letters: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard letters.count <= 12 else { return 0 }
        var code: UInt64 = 0
        for b in letters {
            let lower = b | 0x20
            guard lower >= 0x61, lower <= 0x7A else { return 0 }
            code = code << 5 | UInt64(lower - 0x60)
        }
        return code
    }
}
