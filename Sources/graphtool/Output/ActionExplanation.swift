import Graph
import NER

/// The `--explain` lines about actions: each action with the rule that found it
/// (`Exxon Mobil —exit→ Russia [reported+svo]`) and each candidate clause set aside with its reason
/// (`dropped: "captain" between France and Fabien Pelous is a noun (role noun)`), sentence by sentence.
enum ActionExplanation {
    static func lines(_ analysis: DocumentAnalysis) -> [String] {
        let mentions = analysis.mentions
        var bySentence: [Int: [String]] = [:]
        for action in analysis.actions {
            let verb = ActionLabel.text(predicate: action.predicate, negated: action.negated)
            bySentence[action.sentence, default: []].append(
                "\(mentions[action.subject].text) —\(verb)→ \(mentions[action.object].text) [\(action.rule)]")
        }
        for drop in analysis.droppedActions {
            bySentence[drop.sentence, default: []].append("dropped: " + describe(drop, mentions))
        }
        return bySentence.keys.sorted().flatMap { bySentence[$0]! }
    }

    /// `"in Houston" is an adjunct of file`, `"captain" between France and Fabien Pelous is a noun (role noun)`;
    /// words beyond 60 characters (a question's sentence) are cut.
    static func describe(_ drop: ActionDrop, _ mentions: [Mention]) -> String {
        let words = "\"\(drop.words.count > 60 ? drop.words.prefix(59) + "…" : drop.words)\""
        let subject = mentions[drop.subject].text
        let place = drop.object.map { $0 != drop.subject ? " between \(subject) and \(mentions[$0].text)" : "" } ?? " after \(subject)"
        switch drop.reason {
        case .noun(let rule): return "\(words)\(place) is a noun (\(reading(rule)))"
        case .adjunct(let verb): return "\(words) is an adjunct of \(verb)"
        case .modifier(let verb): return "\(words) after \(verb) modifies a noun"
        case .possessor(let verb): return "\(words) after \(verb) owns the object"
        case .clauseSubject(let verb): return "\(words) after \(verb) starts a clause of its own"
        case .nonAction(let verb): return "\(words)\(place) states no action (\(verb))"
        case .symmetric(let verb): return "\(words)\(place) is symmetric (\(verb)) and has coordinated subjects"
        case .noAgent(let verb): return "\(words)\(place) is a passive of \(verb) without an agent"
        case .reducedPassive: return "\(words)\(place) is a reduced passive (its agent follows)"
        case .hypothetical: return "\(words)\(place) makes the clause hypothetical"
        case .question: return "\(words) is a question"
        }
    }

    /// The readable name of a part-of-speech rule that reads a word as a noun.
    private static func reading(_ rule: ActionDrop.NounRule) -> String {
        switch rule {
        case .roleNoun: "role noun"
        case .nounFirst: "more often a noun than a verb"
        case .capitalized: "capitalized inside a sentence"
        }
    }
}
