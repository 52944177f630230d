/// How an action is shown to people: its predicate, after `not` when negated.
public enum ActionLabel {
    /// `impose`, `not impose`.
    public static func text(predicate: String, negated: Bool) -> String {
        negated ? "not " + predicate : predicate
    }
}
