/// A document's tokens and sentences with what the lexicons say about each word.
///
/// Reads: bytes, tokens, sentences, lexicons. Adds: per-token word classes (as written and
/// lowercased) and gazetteer look-ups over token sequences. Only valid while `bytes` is, and until
/// its cache reads another document.
/// A class, so that the stages sharing it do not copy (and reference-count) its arrays.
final class AnnotatedText {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let sentences: [Sentence]
    let lexicons: LexiconSet
    /// What the lexicons say about each token (empty for punctuation and numbers), in the cache's
    /// buffer for the document being read.
    let words: UnsafeBufferPointer<WordInfo>
    /// The sentence of each token.
    let sentenceOf: [Int32]
    /// Look-ups remembered across documents.
    private let cache: WordCache
    /// The key ``longestMatch(from:limit:casing:accept:)`` builds, kept so that its buffer is reused;
    /// owned, and read and written through a constant pointer, so that building it pays no exclusivity check.
    private let matchKey: UnsafeMutablePointer<LexiconKey>

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], sentences: [Sentence], lexicons: LexiconSet, cache: WordCache) {
        self.bytes = bytes
        self.tokens = tokens
        self.sentences = sentences
        self.lexicons = lexicons
        self.cache = cache
        matchKey = .allocate(capacity: 1)
        matchKey.initialize(to: LexiconKey())
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (s, sentence) in sentences.enumerated() {
            for i in sentence.tokens { sentenceOf[i] = Int32(s) }
        }
        self.sentenceOf = sentenceOf
        var key = LexiconKey()
        // The cache's slots of all words are asked for first, so that their reads overlap.
        let cacheKeys = tokens.map { $0.kind == .word ? cache.key(bytes, $0.range) : WordCache.Key() }
        for cacheKey in cacheKeys { cache.prefetch(cacheKey) }
        let words = cache.wordBuffer(count: tokens.count)
        for (i, token) in tokens.enumerated() {
            guard token.kind == .word else {
                words[i] = WordInfo()
                continue
            }
            words[i] = cache.lookup(cacheKeys[i]) {
                Self.lookUp(token, UnsafeBufferPointer(rebasing: bytes[token.range]), in: bytes, lexicons: lexicons, key: &key)
            }
        }
        self.words = UnsafeBufferPointer(words)
    }

    deinit {
        matchKey.deinitialize(count: 1)
        matchKey.deallocate()
    }

    /// What the lexicons say about one word: as written, as written in lowercase, and where its
    /// lemma is when it is a verb form.
    private static func lookUp(_ token: Token, _ word: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>,
                               lexicons: LexiconSet, key: inout LexiconKey) -> WordInfo {
        let asWritten = lexicons.info(forKey: word)
        var wordClasses = asWritten?.classes ?? []
        var startsPhrase = asWritten?.isPrefix ?? false
        var lowercase = asWritten
        var lemma = LexiconSet.LemmaReference()
        let hasCapital = word.contains { LexiconKey.lowercased($0) != $0 }
        if hasCapital {
            key.reset()
            key.append(token, from: bytes, casing: .lowercased)
            lowercase = key.bytes.withUnsafeBufferPointer { lexicons.info(forKey: $0) }
        }
        if lowercase?.classes.contains(.verb) ?? false {
            lemma = hasCapital ? key.bytes.withUnsafeBufferPointer { lexicons.verbLemmaReference(forKey: $0) } : lexicons.verbLemmaReference(forKey: word)
        }
        if token.shape.contains(.capitalized) || token.shape.contains(.allCaps) {
            startsPhrase = lowercase?.isPrefix ?? false
            if let lowercase {
                wordClasses.formUnion(lowercase.classes.intersection(.lowercaseClasses))
            }
            if token.shape.contains(.allCaps) {  // `SERGEY` as `Sergey`
                key.reset()
                key.append(token, from: bytes, casing: .titleCased)
                if let titled = key.bytes.withUnsafeBufferPointer({ lexicons.info(forKey: $0) }) {
                    wordClasses.formUnion(titled.classes.intersection([.firstName, .demonym]))
                }
            }
        }
        return WordInfo(classes: wordClasses, exact: asWritten, lowercase: lowercase, verbLemma: lemma, startsLowercasePhrase: startsPhrase)
    }

    // MARK: - Text

    func text(_ tokenRange: Range<Int>) -> String {
        guard let first = tokenRange.first, let last = tokenRange.last else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(tokens[first].start)..<Int(tokens[last].end)]), as: UTF8.self)
    }

    func text(_ i: Int) -> String { text(i..<(i + 1)) }

    /// The token's first byte, for punctuation checks.
    func firstByte(_ i: Int) -> UInt8 { bytes[Int(tokens[i].start)] }

    /// The last byte of token `i`.
    func lastByte(_ i: Int) -> UInt8 { bytes[Int(tokens[i].end) - 1] }

    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    /// A word that starts with a capital or is an all-caps acronym.
    func isCapitalized(_ i: Int) -> Bool {
        isWord(i) && (tokens[i].isCapitalized || tokens[i].shape.contains(.allCaps))
    }

    func isPunctuation(_ i: Int, _ ascii: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && tokens[i].end - tokens[i].start == 1
            && firstByte(i) == UInt8(ascii: ascii)
    }

    /// The lowercased word equals `word`.
    func isWord(_ i: Int, _ word: String) -> Bool {
        guard isWord(i), Int(tokens[i].end - tokens[i].start) == word.utf8.count else { return false }
        var k = Int(tokens[i].start)
        for b in word.utf8 {
            if LexiconKey.lowercased(bytes[k]) != b { return false }
            k += 1
        }
        return true
    }

    /// True when the token's capital letter is no evidence of a name: the first word of a
    /// sentence (after any opening quotes), the first word after a colon, or any word of a headline.
    func capitalIsWeak(_ i: Int) -> Bool {
        let sentence = sentences[Int(sentenceOf[i])]
        if sentence.isHeadline { return true }
        var k = i - 1
        while k >= sentence.tokens.lowerBound, tokens[k].kind == .punctuation {
            if isPunctuation(k, ":") || isPunctuation(k, "-") && tokens[k].gap != .none { return true }
            guard SentenceSplitter.isOpening(bytes, tokens[k]) else { return false }
            k -= 1
        }
        return k < sentence.tokens.lowerBound
    }

    // MARK: - Lexicon look-ups over several tokens

    /// The longest key starting at token `i` that satisfies `accept`, within `limit` and without
    /// crossing a line break; returns the end (exclusive) and what the lexicons know.
    func longestMatch(from i: Int, limit: Int, casing: LexiconKey.Casing, accept: (LexiconSet.Info) -> Bool) -> (end: Int, info: LexiconSet.Info)? {
        guard isWord(i) else { return nil }
        if casing == .asWritten {
            guard let single = words[i].exact else { return nil }
            if !single.isPrefix { return single.isKey && accept(single) ? (i + 1, single) : nil }
        }
        matchKey.pointee.reset()
        var best: (end: Int, info: LexiconSet.Info)?
        var j = i
        while j < limit, j - i < lexicons.maxTokens {
            if j > i, tokens[j].gap >= .newline { break }
            matchKey.pointee.append(tokens[j], from: bytes, casing: casing)
            // The word alone was looked up with the text: only longer keys are looked up here.
            let known = j > i ? nil : casing == .asWritten ? words[i].exact : casing == .lowercased ? words[i].lowercase : nil
            guard let info = known ?? matchKey.pointee.bytes.withUnsafeBufferPointer(info(forKey:)) else { break }
            if info.isKey, accept(info) { best = (j + 1, info) }
            if !info.isPrefix { break }
            j += 1
        }
        return best
    }

    /// The gazetteer entity of the longest gazetteer name starting at `i`; a name written in
    /// capitals (a dateline's `KYIV`, a credit's `NEW YORK`) is looked up in title case too.
    func gazetteerMatch(from i: Int, limit: Int) -> (end: Int, entry: GazetteerEntry)? {
        var match = longestMatch(from: i, limit: limit, casing: .asWritten, accept: { $0.hasEntity })
        if match == nil, isWord(i), tokens[i].shape.contains(.allCaps), tokens[i].end - tokens[i].start >= 3 {
            match = longestMatch(from: i, limit: limit, casing: .titleCased, accept: { $0.hasEntity })
        }
        guard let match, let entry = entity(match.info) else { return nil }
        return (match.end, entry)
    }

    /// What the lexicons know about a name of several words, a phrase or a lemma, remembered
    /// across documents (``PhraseCache``).
    func info(forKey key: UnsafeBufferPointer<UInt8>) -> LexiconSet.Info? {
        cache.phrases.info(forKey: key) { lexicons.info(forKey: key) }
    }

    /// The gazetteer entity of a looked-up key.
    func entity(_ info: LexiconSet.Info) -> GazetteerEntry? { cache.entity(info, in: lexicons) }

    /// The end of the longest phrase of class `wordClass` starting at `i` (matched in lowercase).
    func phrase(_ wordClass: WordClass, from i: Int, limit: Int) -> Int? {
        guard isWord(i) else { return nil }
        if !words[i].startsLowercasePhrase { return words[i].classes.contains(wordClass) ? i + 1 : nil }
        return longestMatch(from: i, limit: limit, casing: .lowercased, accept: { $0.classes.contains(wordClass) })?.end
    }
}

extension AnnotatedText {
    /// Word classes of token `i`.
    func classes(_ i: Int) -> WordClass { words[i].classes }

    /// The as-written look-up of token `i`.
    func exact(_ i: Int) -> LexiconSet.Info? { words[i].exact }

    /// The lemma of token `i` when it is a verb form (`seized` → `seize`).
    func verbLemma(_ i: Int) -> String? { cache.lemma(words[i].verbLemma, in: lexicons) }
}
