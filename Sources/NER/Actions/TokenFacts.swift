/// What clause reading looks up per token of one document, kept once looked up: the mention that
/// starts at a token, its small word (``SmallWord``) and its verb lemma; and key buffers for lexicon
/// look-ups, so that they do not allocate. The per-token tables are buffers the object owns, read
/// and written through constant pointers, so that the hot tests pay no exclusivity check.
final class TokenFacts {
    let text: AnnotatedText
    /// The tokens of each mention.
    let spans: [Range<Int>]
    /// Per token, the first mention that starts there, or -1.
    private let mentionStarting: [Int32]
    /// Per token, its small word once read (``SmallWord/unknown`` before).
    private let smallWords: UnsafeMutableBufferPointer<SmallWord>
    private let smallWordTable = SmallWord.table
    /// Per token, ``unreadLemma``, ``noLemma``, or twice the index of its lemma in ``lemmaNames``, plus
    /// one when the token spells the lemma itself (`seize`, not `seized`).
    private let lemmaCodes: UnsafeMutableBufferPointer<Int32>
    private var lemmaNames: [String] = []
    /// Per token, ``unread`` or the end of the preposition that starts there (-1 for none).
    private let prepositionEnds: UnsafeMutableBufferPointer<Int32>
    private var key = LexiconKey()
    private var phraseKey: [UInt8] = []

    private static let unreadLemma: Int32 = -2, noLemma: Int32 = -1, unread: Int32 = -2

    init(text: AnnotatedText, mentions: [Mention]) {
        self.text = text
        var spans: [Range<Int>] = []
        spans.reserveCapacity(mentions.count)
        var starting = [Int32](repeating: -1, count: text.tokens.count)
        for mention in mentions {
            let span = mention.tokens
            if starting[span.lowerBound] < 0 { starting[span.lowerBound] = Int32(spans.count) }
            spans.append(span)
        }
        self.spans = spans
        mentionStarting = starting
        smallWords = .allocate(capacity: text.tokens.count)
        smallWords.initialize(repeating: .unknown)
        lemmaCodes = .allocate(capacity: text.tokens.count)
        lemmaCodes.initialize(repeating: Self.unreadLemma)
        prepositionEnds = .allocate(capacity: text.tokens.count)
        prepositionEnds.initialize(repeating: Self.unread)
        phraseKey.reserveCapacity(64)
    }

    deinit {
        smallWords.deallocate()
        lemmaCodes.deallocate()
        prepositionEnds.deallocate()
    }

    /// The first mention that starts at token `i` (any index), or nil.
    func mention(startingAt i: Int) -> Int? {
        guard i >= 0, i < mentionStarting.count, mentionStarting[i] >= 0 else { return nil }
        return Int(mentionStarting[i])
    }

    /// Whether token `i` (any index) is the word `word`, in any case. Every small word is a function word.
    func isWord(_ i: Int, _ word: SmallWord) -> Bool {
        guard i >= 0, i < smallWords.count else { return false }
        if smallWords[i] == .unknown {
            smallWords[i] = text.classes(i).contains(.function) ? smallWordTable.word(text.tokens[i], in: text.bytes) : .other
        }
        return smallWords[i] == word
    }

    /// The end of a preposition at `i` (`on`, `out of`, `such as`) within `sentenceEnd`, the end of the
    /// sentence: kept for tokens of the sentence, whose phrases end there at the latest.
    func prepositionEnd(_ i: Int, sentenceEnd: Int) -> Int? {
        guard i >= 0, i < sentenceEnd else { return Self.prepositionEnd(i, limit: sentenceEnd, in: text) }
        if prepositionEnds[i] == Self.unread { prepositionEnds[i] = Int32(Self.prepositionEnd(i, limit: sentenceEnd, in: text) ?? -1) }
        return prepositionEnds[i] < 0 ? nil : Int(prepositionEnds[i])
    }

    private static func prepositionEnd(_ i: Int, limit: Int, in text: AnnotatedText) -> Int? {
        text.phrase(.argumentPreposition, from: i, limit: limit) ?? text.phrase(.preposition, from: i, limit: limit)
    }

    /// The lemma of the verb form at `i`.
    func lemma(_ i: Int) -> String? {
        let code = lemmaCode(i)
        return code == Self.noLemma ? nil : lemmaNames[Int(code / 2)]
    }

    /// Whether the word at `i` is a verb's lemma itself (`seize`, not `seized`).
    func isBaseForm(_ i: Int) -> Bool {
        let code = lemmaCode(i)
        return code != Self.noLemma && code % 2 == 1
    }

    private func lemmaCode(_ i: Int) -> Int32 {
        if lemmaCodes[i] != Self.unreadLemma { return lemmaCodes[i] }
        key.reset()
        key.append(text.tokens[i], from: text.bytes, casing: .lowercased)
        if let lemma = key.bytes.withUnsafeBufferPointer({ text.lexicons.verbLemma(forKey: $0) }) {
            let isBase = lemma.utf8.count == key.bytes.count && lemma.utf8.elementsEqual(key.bytes)
            lemmaCodes[i] = Int32(lemmaNames.count * 2 + (isBase ? 1 : 0))
            lemmaNames.append(lemma)
        } else {
            lemmaCodes[i] = Self.noLemma
        }
        return lemmaCodes[i]
    }

    /// Classes of the phrase of `head` and the lowercased words `words`, one space apart (`impose on`,
    /// `attacks on`); `head` is a lemma, or nil for the word right before `words`.
    func classes(of head: String?, _ words: Range<Int>) -> WordClass {
        phraseKey.removeAll(keepingCapacity: true)
        var first = words.lowerBound
        if let head { phraseKey.append(contentsOf: head.utf8) } else { first -= 1 }
        for k in first..<words.upperBound {
            if !phraseKey.isEmpty { phraseKey.append(0x20) }
            for b in text.bytes[text.tokens[k].range] { phraseKey.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        }
        return phraseKey.withUnsafeBufferPointer { text.lexicons.info(forKey: $0) }.map { $0.isKey ? $0.classes : [] } ?? []
    }

    /// The phrase that ``classes(of:_:)`` looked up last.
    var lastPhrase: String { String(decoding: phraseKey, as: UTF8.self) }
}
