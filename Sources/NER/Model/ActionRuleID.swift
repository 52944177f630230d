/// The rule that found an action: the pattern that found its object and the links that led from
/// the sentence's start to its clause. It renders itself as the rule's text (`svo`,
/// `reported+svo`, `relative+coordinated+verb-prep`, `fronted+passive-prep`) without being parsed
/// back from it; building one allocates nothing.
public struct ActionRuleID: Hashable, Sendable, CustomStringConvertible, TextOutputStreamable {
    public var path: ClausePath
    public var pattern: ActionPattern

    public init(path: ClausePath = ClausePath(), pattern: ActionPattern) {
        self.path = path
        self.pattern = pattern
    }

    /// The rule reached through `links` before its own path.
    func reached(through links: ClausePath) -> ActionRuleID {
        ActionRuleID(path: links.appending(path), pattern: pattern)
    }

    /// Writes the rule's text in parts, building no string.
    public func write<Target: TextOutputStream>(to target: inout Target) {
        for link in path { target.write(link.name) }
        target.write(pattern.name)
    }

    /// The rule's text, as the JSONL `rule` field and `--explain` show it.
    public var description: String {
        var text = ""
        write(to: &text)
        return text
    }
}
