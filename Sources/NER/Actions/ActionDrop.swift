/// A candidate clause that action extraction read and set aside, and why: what `--explain` shows
/// next to the actions found. Collected only when ``EntityRecognizer/explainsActions`` is on.
public struct ActionDrop: Sendable, Equatable {
    /// Why the clause gave no action.
    public enum Reason: Sendable, Equatable {
        /// The word that would be the verb is a noun; the part-of-speech rule that says so.
        case noun(rule: NounRule)
        /// A prepositional phrase that the verb's frame does not take: a place, time or manner.
        case adjunct(verb: String)
        /// The name after the verb modifies a noun (`Scientology-related`, `the Oklahoma stereotype`).
        case modifier(verb: String)
        /// The name after the verb's preposition owns its object (`from Kevin De Bruyne's assist`).
        case possessor(verb: String)
        /// The name after the verb is the subject of a clause of its own (`stated Montalvo left`).
        case clauseSubject(verb: String)
        /// A verb that states no action (`be`, `have`).
        case nonAction(verb: String)
        /// A symmetric verb with coordinated subjects (`Russia and Ukraine met`).
        case symmetric(verb: String)
        /// A passive without an agent or an object in its frame.
        case noAgent(verb: String)
        /// A participle whose agent follows: a reduced relative (`the works donated to USI by …`).
        case reducedPassive
        /// `if`, `whether` or a speculative modal.
        case hypothetical
        /// The sentence is a question.
        case question
    }

    /// The part-of-speech rule that reads a verb candidate as a noun.
    public enum NounRule: Sendable {
        /// A capitalized word inside a sentence that is not in title case: part of a name (`capitalized`).
        case capitalized
        /// A bare form of a word more often a noun or adjective than a verb (`noun-first`).
        case nounFirst
        /// A bare role noun right before a name (`role-noun`).
        case roleNoun
    }

    /// Index of the sentence.
    public var sentence: Int
    /// The words the reason is about, as written (`captain`, `in Houston`; a question: the sentence).
    public var words: String
    /// Index of the clause's subject in the document's mentions.
    public var subject: Int
    /// Index of the next mention after `words`, the object candidate, if any.
    public var object: Int?
    public var reason: Reason

    public init(sentence: Int, words: String, subject: Int, object: Int?, reason: Reason) {
        self.sentence = sentence
        self.words = words
        self.subject = subject
        self.object = object
        self.reason = reason
    }
}
