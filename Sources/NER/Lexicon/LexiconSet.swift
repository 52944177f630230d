/// Lexicons consulted together: user lexicons first, then the built-in one.
///
/// Word classes add up across lexicons; a gazetteer entity comes from the first lexicon that has one,
/// so a user's entry overrides the built-in type and canonical name.
public struct LexiconSet: Sendable {
    /// What all lexicons together know about one key.
    public struct Info: Sendable {
        public var classes: WordClass = []
        public var isKey = false
        public var isPrefix = false
        /// Where the gazetteer entity is: a lexicon's position and its entry's index plus one
        /// (0 without an entity); kept small so that caches of look-ups stay small.
        var entityLexicon: UInt8 = 0
        var entityEntry: UInt32 = 0

        public var hasEntity: Bool { entityEntry != 0 }

        mutating func setEntity(lexicon: Int, entry: Lexicon.Entry) {
            entityLexicon = UInt8(lexicon)
            entityEntry = UInt32(entry.index + 1)
        }
    }

    public let lexicons: [Lexicon]
    /// The most tokens any key has in any of the lexicons.
    public let maxTokens: Int

    public init(_ lexicons: [Lexicon]) {
        self.lexicons = lexicons
        maxTokens = lexicons.map(\.maxTokens).max() ?? 1
    }

    /// Looks up a key given as bytes; nil when no lexicon knows it, even as a prefix.
    public func info(forKey key: UnsafeBufferPointer<UInt8>) -> Info? {
        let hash = LexiconKey.hash(key)
        if lexicons.count == 1 {
            guard let entry = lexicons[0].entry(forKey: key, hash: hash) else { return nil }
            var info = Info(classes: entry.classes, isKey: entry.isKey, isPrefix: entry.isPrefix)
            if entry.isKey, lexicons[0].hasEntity(entry) { info.setEntity(lexicon: 0, entry: entry) }
            return info
        }
        var info: Info?
        for n in lexicons.indices {
            guard let entry = lexicons[n].entry(forKey: key, hash: hash) else { continue }
            var merged = info ?? Info()
            merged.classes.formUnion(entry.classes)
            merged.isKey = merged.isKey || entry.isKey
            merged.isPrefix = merged.isPrefix || entry.isPrefix
            if !merged.hasEntity, entry.isKey, lexicons[n].hasEntity(entry) {
                merged.setEntity(lexicon: n, entry: entry)
            }
            info = merged
        }
        return info
    }

    /// Looks up a key given as a string.
    public func info(forKey key: String) -> Info? {
        var key = key
        return key.withUTF8 { info(forKey: $0) }
    }

    /// The gazetteer entity of a looked-up key.
    public func entity(_ info: Info) -> GazetteerEntry? {
        guard info.hasEntity else { return nil }
        return lexicons[Int(info.entityLexicon)].gazetteerEntry(at: Int(info.entityEntry) - 1)
    }

    /// A number that tells the gazetteer entities of ``entity(_:)`` apart (nil without one).
    func entityID(_ info: Info) -> Int? {
        guard info.hasEntity else { return nil }
        return Int(info.entityLexicon) << 32 | Int(info.entityEntry)
    }

    /// The country of a demonym key.
    public func demonymCountry(forKey key: String) -> String? {
        for lexicon in lexicons {
            if let entry = lexicon.entry(forKey: key), let country = lexicon.demonymCountry(entry) { return country }
        }
        return nil
    }

    /// Where the lemma of a verb form is: a lexicon's position and its entry's index plus one
    /// (0 for a word that is no verb form); kept small so that caches of look-ups stay small.
    public struct LemmaReference: Sendable, Equatable {
        var entry: UInt32 = 0
        var lexicon: UInt8 = 0
    }

    /// Where the lemma of a verb form given in lowercase bytes is (`seized` → `seize`), for ``verbLemma(_:)``.
    public func verbLemmaReference(forKey key: UnsafeBufferPointer<UInt8>) -> LemmaReference {
        let hash = LexiconKey.hash(key)
        for (n, lexicon) in lexicons.enumerated() {
            if let entry = lexicon.entry(forKey: key, hash: hash), entry.classes.contains(.verb), lexicon.target(entry) != nil {
                return LemmaReference(entry: UInt32(entry.index + 1), lexicon: UInt8(n))
            }
        }
        return LemmaReference()
    }

    /// The lemma a reference points at (nil for a word that is no verb form).
    public func verbLemma(_ reference: LemmaReference) -> String? {
        guard reference.entry != 0 else { return nil }
        return lexicons[Int(reference.lexicon)].target(at: Int(reference.entry) - 1)
    }

    /// Every lexicon's abbreviations.
    public var abbreviations: Set<String> {
        Set(lexicons.flatMap(\.abbreviations))
    }
}
