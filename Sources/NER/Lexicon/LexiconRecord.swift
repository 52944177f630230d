/// A gazetteer's knowledge of one name: its type, canonical name and the list it came from.
public struct GazetteerEntry: Sendable, Equatable {
    public var type: EntityType
    /// The canonical name of the real-world entity.
    public var canonical: String
    /// The list the name comes from (`country`, `city`, `intl-org`, `media`…), shown in rules.
    public var category: String
    /// The name is also a common word or a common personal name, so it needs supporting context.
    public var isWeak: Bool

    public init(type: EntityType, canonical: String, category: String, isWeak: Bool) {
        self.type = type
        self.canonical = canonical
        self.category = category
        self.isWeak = isWeak
    }

    /// The rule of mentions this entry decides: the gazetteer family, with the category as its source.
    public var rule: RuleID { RuleID(.gazetteer, source: category) }
}

/// One line of lexicon source data, before compiling.
public struct LexiconRecord: Sendable, Equatable {
    /// The phrase as written (gazetteer names, first names, demonyms) or in lowercase (word classes).
    public var key: String
    public var classes: WordClass
    public var entity: GazetteerEntry?
    /// What the key points at: for a demonym, the canonical name of its country; for a verb form, its lemma.
    public var target: String?

    public init(key: String, classes: WordClass = [], entity: GazetteerEntry? = nil, target: String? = nil) {
        self.key = key
        self.classes = classes
        self.entity = entity
        self.target = target
    }
}
