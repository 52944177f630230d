/// Who does what to whom, in one sentence: a subject mention, a verb's lemma and an object mention.
public struct Action: Sendable, Equatable {
    /// Index of the subject in the document's mentions.
    public var subject: Int
    /// The predicate: a verb lemma, with its particle where that changes the meaning (`call on`).
    public var predicate: String
    /// Index of the object in the document's mentions.
    public var object: Int
    /// The text negates the action (`would not impose`).
    public var negated: Bool
    /// Index of the sentence that states it.
    public var sentence: Int
    /// The rule that found it, such as `svo`, `reported+svo` or `passive`.
    public var rule: ActionRuleID

    public init(subject: Int, predicate: String, object: Int, negated: Bool, sentence: Int, rule: ActionRuleID) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.negated = negated
        self.sentence = sentence
        self.rule = rule
    }
}
