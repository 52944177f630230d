/// What clause reading looks up per token of one document, kept once looked up: the mention that
/// starts at a token, its small word (``SmallWord``) and its verb lemma; and a key buffer for phrase
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
    /// The lemmas read so far, and the key buffer: owned, read and written through constant pointers.
    private let lemmaNames: UnsafeMutablePointer<[String]>
    private let phraseKey: UnsafeMutablePointer<[UInt8]>
    /// Per token, ``unread``, -1 for no preposition, or twice the end of the preposition that starts
    /// there, plus one when it is an argument preposition.
    private let prepositions: UnsafeMutableBufferPointer<Int32>

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
        prepositions = .allocate(capacity: text.tokens.count)
        prepositions.initialize(repeating: Self.unread)
        lemmaNames = .allocate(capacity: 1)
        lemmaNames.initialize(to: [])
        phraseKey = .allocate(capacity: 1)
        phraseKey.initialize(to: [])
        phraseKey.pointee.reserveCapacity(64)
    }

    deinit {
        smallWords.deallocate()
        lemmaCodes.deallocate()
        prepositions.deallocate()
        lemmaNames.deinitialize(count: 1)
        lemmaNames.deallocate()
        phraseKey.deinitialize(count: 1)
        phraseKey.deallocate()
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
    /// sentence, and whether it is an argument preposition (the longest one's end, else the longest
    /// other preposition's): kept for tokens of the sentence, whose phrases end there at the latest.
    func preposition(_ i: Int, sentenceEnd: Int) -> (end: Int, isArgument: Bool)? {
        guard i >= 0, i < sentenceEnd else { return Self.preposition(i, limit: sentenceEnd, in: text) }
        if prepositions[i] == Self.unread {
            prepositions[i] = Self.preposition(i, limit: sentenceEnd, in: text).map { Int32($0.end * 2 + ($0.isArgument ? 1 : 0)) } ?? -1
        }
        return prepositions[i] < 0 ? nil : (Int(prepositions[i] / 2), prepositions[i] % 2 == 1)
    }

    private static func preposition(_ i: Int, limit: Int, in text: AnnotatedText) -> (end: Int, isArgument: Bool)? {
        if let end = text.phrase(.argumentPreposition, from: i, limit: limit) { return (end, true) }
        return text.phrase(.preposition, from: i, limit: limit).map { ($0, false) }
    }

    /// The lemma of the verb form at `i`.
    func lemma(_ i: Int) -> String? {
        let code = lemmaCode(i)
        return code == Self.noLemma ? nil : lemmaNames.pointee[Int(code / 2)]
    }

    /// Whether the word at `i` is a verb's lemma itself (`seize`, not `seized`).
    func isBaseForm(_ i: Int) -> Bool {
        let code = lemmaCode(i)
        return code != Self.noLemma && code % 2 == 1
    }

    private func lemmaCode(_ i: Int) -> Int32 {
        if lemmaCodes[i] != Self.unreadLemma { return lemmaCodes[i] }
        if let lemma = text.verbLemma(i) {
            let word = text.bytes[text.tokens[i].range]
            let isBase = lemma.utf8.count == word.count && zip(lemma.utf8, word).allSatisfy { $0 == LexiconKey.lowercased($1) }
            lemmaCodes[i] = Int32(lemmaNames.pointee.count * 2 + (isBase ? 1 : 0))
            lemmaNames.pointee.append(lemma)
        } else {
            lemmaCodes[i] = Self.noLemma
        }
        return lemmaCodes[i]
    }

    /// Classes of the phrase of `head` and the lowercased words `words`, one space apart (`impose on`,
    /// `attacks on`); `head` is a lemma, or nil for the word right before `words`.
    func classes(of head: String?, _ words: Range<Int>) -> WordClass {
        phraseKey.pointee.removeAll(keepingCapacity: true)
        var first = words.lowerBound
        if let head { phraseKey.pointee.append(contentsOf: head.utf8) } else { first -= 1 }
        for k in first..<words.upperBound {
            if !phraseKey.pointee.isEmpty { phraseKey.pointee.append(0x20) }
            for b in text.bytes[text.tokens[k].range] { phraseKey.pointee.append(LexiconKey.lowercased(b)) }
        }
        return phraseKey.pointee.withUnsafeBufferPointer(text.info(forKey:)).map { $0.isKey ? $0.classes : [] } ?? []
    }

    /// The phrase that ``classes(of:_:)`` looked up last.
    var lastPhrase: String { String(decoding: phraseKey.pointee, as: UTF8.self) }
}
