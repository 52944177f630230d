/// Rules read back from the text they render as (`extract --for-ingest` output read by
/// `ingest --analyses`): the inverse of ``RuleID/description`` and ``ActionRuleID/description``.
extension RuleID {
    /// The rule whose text is `text` (`consistency:gazetteer:tech`, `compass+gazetteer:geo`,
    /// `gazetteer:country+consistency`); nil when no rule renders as it.
    public init?(text: String) {
        var rest = Substring(text)
        let isRepeat = rest.strip(prefix: "consistency:"), isRetyped = rest.strip(suffix: "+consistency")
        let qualifier = Qualifier.allCases.first { $0.precedesName ? rest.strip(prefix: $0.name) : rest.strip(suffix: $0.name) }
        // A family with a source ends its name with `:` or `+`; the others are the whole text.
        guard let family = RuleFamily.allCases.first(where: { family in
            family.name.last == ":" || family.name.last == "+" ? rest.hasPrefix(family.name) : rest == family.name
        }) else { return nil }
        self.init(family, source: String(rest.dropFirst(family.name.count)), qualifier: qualifier, isRepeat: isRepeat, isRetyped: isRetyped)
        guard description == text else { return nil }
    }
}

extension ActionRuleID {
    /// The rule whose text is `text` (`svo`, `reported+svo`, `relative+coordinated+verb-prep`); nil
    /// when no rule renders as it.
    public init?(text: String) {
        var rest = Substring(text)
        var path = ClausePath()
        while let link = ClauseLink.allCases.first(where: { rest.strip(prefix: $0.name) }) { path = path.appending(link) }
        guard let pattern = ActionPattern.allCases.first(where: { $0.name == rest }) else { return nil }
        self.init(path: path, pattern: pattern)
    }
}

private extension Substring {
    /// Removes `prefix` when the text starts with it; whether it did.
    mutating func strip(prefix: String) -> Bool {
        guard hasPrefix(prefix) else { return false }
        removeFirst(prefix.count)
        return true
    }

    /// Removes `suffix` when the text ends with it; whether it did.
    mutating func strip(suffix: String) -> Bool {
        guard hasSuffix(suffix) else { return false }
        removeLast(suffix.count)
        return true
    }
}
