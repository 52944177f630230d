/// Subjects: which mentions start a clause and where their predicate starts.
extension ClauseReader {
    /// Where the clause of the subject `m` (whose coordinated group ends at `groupEnd`) starts, the
    /// path that says how it was reached, and whether a bare participle may start it:
    ///
    /// - `relative+`: `Skoda Auto, which is halting …`; a person's `, who` even after a preposition;
    /// - `apposition+`: a participle after a comma, `Duke University, located in Durham`;
    /// - `absolute+`: `with` and an `-ing` clause, `with Canada announcing that it would refer …`;
    /// - an affiliation after the subject is passed over: `Wong of FTU was defeated by …`.
    /// Nil when `m` cannot be a subject.
    func clauseStart(subject m: Int, after groupEnd: Int) -> (start: Int, path: ClausePath, bare: Bool)? {
        if isAbsoluteSubject(m, groupEnd) { return (groupEnd, ClausePath(.absolute), true) }
        if mentions[m].type == .person, text.isPunctuation(groupEnd, ","), isWord(groupEnd + 1, .who), !isPossessor(m) {
            return (groupEnd + 2, ClausePath(.relative), false)  // `to meet with Devocht, who had told Montalvo …`: even after a preposition
        }
        guard canBeSubject(m) else { return nil }  // `between the South Station and the Ibis Hotel`: none of them
        let start = groupEnd
        if text.isPunctuation(start, ","), isRelativePronoun(start + 1) { return (start + 2, ClausePath(.relative), false) }
        if isRelativePronoun(start) { return (start + 1, ClausePath(.relative), false) }
        if text.isPunctuation(start, ","), isVerb(start + 1), isPastForm(start + 1) { return (start + 1, ClausePath(.apposition), true) }
        if isWord(start, .of) || isWord(start, .from), let n = mention(at: skipThe(start + 1)),
           !isVerb(start), text.isWord(spans[n].upperBound),
           !text.classes(spans[n].upperBound).isDisjoint(with: [.auxiliary, .verb]) {
            return (spans[n].upperBound, ClausePath(), false)
        }
        return (start, ClausePath(), false)
    }

    /// A participle clause that opens the sentence or a `that` clause after a subordinator or preposition,
    /// and the subject group after its comma, which is the participle's subject too (`After accusing Ukraine
    /// of …, Moscow`, `told LA Weekly that on October 6 after traveling back from Florida, Montalvo …`): the
    /// participle's token and the subject.
    func frontedParticiple() -> (verb: Int, subject: Int)? {
        // `that` has four letters: other tokens are passed over on their length, not read as small words.
        for opening in sentenceStart..<end
        where opening == sentenceStart || text.tokens[opening - 1].end - text.tokens[opening - 1].start == 4 && isWord(opening - 1, .that) {
            var i = opening
            while i < end, let next = datePhraseEnd(i) ?? adjunctEnd(i) { i = next }  // `on October 6`
            let v = i + 1
            guard text.isWord(i), !text.classes(i).isDisjoint(with: [.function, .preposition]), isVerb(v), endsWith(v, "ing") else { continue }
            var k = v + 1
            while k < end, k - v < 16, !text.isPunctuation(k, ",") { k += 1 }
            guard text.isPunctuation(k, ","), let m = mention(at: skipThe(k + 1)), canBeSubject(m) else { continue }
            return (v, m)
        }
        return nil
    }

    /// The mentions after an additive phrase that follows a clause at `i`, past a comma before it and
    /// a few lowercase descriptors after it (`, as well as pan-democratic councillors Claudia Mo of the
    /// Civic Party and Wong Pik-wan`): they share the clause's predicate.
    func additiveSubjects(after i: Int) -> [Int]? {
        var k = commaEnd(from: i)
        if text.isPunctuation(k, ",") { k += 1 }
        guard let phraseEnd = text.phrase(.additive, from: k, limit: end) else { return nil }
        k = phraseEnd
        while k < end, k - phraseEnd < 5, mention(at: k) == nil,
              text.isPunctuation(k, "-") || (text.isWord(k) && !text.tokens[k].isCapitalized && text.classes(k).isDisjoint(with: [.function, .auxiliary])) {
            k += 1
        }
        guard let m = mention(at: k) else { return nil }
        return coordinated(from: m, allowPossessive: false).ids
    }

    /// `with Canada announcing …`: a mention after `with` whose `-ing` verb makes an absolute clause.
    private func isAbsoluteSubject(_ m: Int, _ groupEnd: Int) -> Bool {
        let p = skipBackThe(spans[m].lowerBound - 1)
        return p >= sentenceStart && isWord(p, .with) && isVerb(groupEnd) && endsWith(groupEnd, "ing")
    }

    /// A mention in subject position: not a possessor or a determiner's modifier, not after a preposition,
    /// a transitive verb (a reporting verb's clause is fine: `said Chile attacked`), a conditional, or a
    /// demanding verb's `that`.
    private func canBeSubject(_ m: Int) -> Bool {
        let span = spans[m]
        if span.upperBound < end, text.tokens[span.upperBound].kind == .possessive { return false }
        if isPremodifier(m) { return false }
        let p = skipBackThe(span.lowerBound - 1)
        guard p >= sentenceStart, text.isWord(p) else { return true }
        let c = text.classes(p)
        if !c.isDisjoint(with: [.preposition, .argumentPreposition, .hypothetical]) { return false }
        if isWord(p, .that), p > sentenceStart, isVerb(p - 1), classes(ofLemma: lemma(p - 1) ?? "").contains(.mandativeVerb) { return false }
        if c.contains(.verb), !c.contains(.auxiliary), !c.contains(.reportingVerb), isPastForm(p) { return false }
        return true
    }

    /// The token before a `the` at `p`, or `p`.
    func skipBackThe(_ p: Int) -> Int { p >= sentenceStart && isWord(p, .the) ? p - 1 : p }

    private func isRelativePronoun(_ i: Int) -> Bool { isWord(i, .which) || isWord(i, .who) }
}
