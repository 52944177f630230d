/// One recognized mention of a named entity.
public struct Mention: Sendable, Equatable {
    /// Byte offsets into the document's ``SourceText/bytes``.
    public var range: Range<Int>
    /// Indices of the tokens the mention covers.
    public var tokens: Range<Int>
    /// Index of the sentence the mention is in.
    public var sentence: Int
    /// The rule that decided the mention and its type, such as `gazetteer:country` or `title+name`
    /// (stored right before ``type``, which fills the rule's padding).
    public var rule: RuleID
    public var type: EntityType
    /// The text as written, without a possessive ending.
    public var text: String
    /// The canonical name of the entity this mention refers to.
    public var entity: String
    /// Why the mention's entity is another name's (`spelling variant of Dmytro Kuleba`), when
    /// resolution across documents merged it; nil otherwise.
    public var resolution: String?

    public init(range: Range<Int>, tokens: Range<Int>, sentence: Int, type: EntityType, text: String, entity: String, rule: RuleID, resolution: String? = nil) {
        self.range = range
        self.tokens = tokens
        self.sentence = sentence
        self.type = type
        self.text = text
        self.entity = entity
        self.rule = rule
        self.resolution = resolution
    }
}
