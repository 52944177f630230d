extension ClauseReader {
    /// The objects of a verb whose complement starts at `start`, the rule that found them, and where
    /// reading stopped (for continuations such as `and called on …`).
    ///
    /// - `svo`: a mention right after the verb (`invaded Ukraine`), unless a verb follows it (a clause's subject);
    /// - `verb-prep`: after an argument preposition (`wrote on Twitter`, `meet with Ukraine`);
    /// - `verb-noun-prep`: after a short noun phrase and an argument preposition (`imposed sanctions on
    ///   Russia`); a later `to`/`into`/`on` mention wins over an `in` one (`refer the situation in
    ///   Ukraine to the ICC`);
    /// - `mandate`: `demand that Russia …` gives Russia, never what Russia is asked to do.
    /// Coordinated mentions are objects too; a possessor is one (`overthrown Ukraine's government`).
    /// After a reporting verb, `in` and `at` name where it was said, not an object.
    func objects(from start: Int, mandative: Bool, reporting: Bool) -> (ids: [Int], rule: String, end: Int) {
        if mandative, text.isWord(start, "that") {
            guard let m = mention(at: skipThe(start + 1)), !isPossessor(m) else { return ([], "", start) }
            let group = coordinated(from: m, allowPossessive: false)
            return (group.ids, "mandate", group.end)
        }
        if let m = mention(at: skipThe(start)) {
            let group = coordinated(from: m, allowPossessive: true)
            let e = group.end
            let clause = e < end && text.isWord(e) && !text.classes(e).isDisjoint(with: [.auxiliary, .negation, .hypothetical])
            return clause ? ([], "", e) : (group.ids, "svo", e)
        }
        if let after = text.phrase(.argumentPreposition, from: start, limit: end), let m = mention(at: skipThe(after)),
           !(reporting && isLocative(start)) {
            let group = coordinated(from: m, allowPossessive: true)
            return (group.ids, "verb-prep", group.end)
        }
        var p = start
        while p < end, p - start < 12 {
            if mention(at: p) != nil { break }
            if let after = text.phrase(.argumentPreposition, from: p, limit: end) {
                if let m = mention(at: skipThe(after)) {
                    if reporting, isLocative(p) { break }  // `told reporters in Moscow that …`
                    var group = coordinated(from: m, allowPossessive: true)
                    if text.isWord(p, "in"), let later = laterArgument(after: group.end) { group = later }
                    return (group.ids, "verb-noun-prep", group.end)
                }
                p = after
                continue
            }
            if text.isWord(p, "and") {
                if isVerb(p + 1), isPastForm(p + 1) { break }
                p += 1
                continue
            }
            if text.tokens[p].kind == .number || text.isPunctuation(p, "-") { p += 1; continue }
            if isScareQuote(p) { p += 1; continue }
            guard text.isWord(p) else { break }
            let c = text.classes(p)
            if !c.isDisjoint(with: [.auxiliary, .negation, .hypothetical, .subjectPronoun]) { break }
            if c.contains(.preposition) {
                guard text.isWord(p, "of") else { break }
            } else if c.contains(.function), !c.contains(.determiner) {
                break
            } else if c.contains(.verb), !c.contains(.determiner), isPastForm(p) {
                break
            }
            p += 1
        }
        return ([], "", p)
    }

    /// `in` or `at`: where something happened.
    private func isLocative(_ i: Int) -> Bool { text.isWord(i, "in") || text.isWord(i, "at") }

    private func isPossessor(_ m: Int) -> Bool {
        let after = mentions[m].tokens.upperBound
        return after < end && text.tokens[after].kind == .possessive
    }

    /// A mention after an argument preposition right at `i` (`… in Ukraine to the ICC`).
    private func laterArgument(after i: Int) -> (ids: [Int], end: Int)? {
        guard !text.isWord(i, "in"), let after = text.phrase(.argumentPreposition, from: i, limit: end),
              let m = mention(at: skipThe(after)) else { return nil }
        return coordinated(from: m, allowPossessive: true)
    }
}
