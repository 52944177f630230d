/// Passives: the agent acts on the subjects (`Kherson was seized by Russia`); without an agent, a
/// passive frame's preposition brings the subjects' object (`Albert Einstein was born in Ulm`), also
/// from a fronted phrase (`In Kowloon West, Wilson Or was elected`).
extension ClauseReader {
    /// Who acts on whom in the passive `predicate` whose subjects are `subjects`, and the rule: the
    /// agents on the subjects, or the subjects on a passive frame's object. Nil when it gives none.
    func passiveActors(_ predicate: Predicate, subjects: [Int]) -> (agents: [Int], objects: [Int], rule: ActionRuleID)? {
        if let agent = agent(after: predicate.end) {
            return (coordinated(from: agent, allowPossessive: false).ids, subjects, ActionRuleID(pattern: .passive))
        }
        let frame = { (preposition: String) in
            self.classes(ofLemma: predicate.lemma + " " + preposition).contains(.passiveFrame)
        }
        var start = predicate.end
        while start < end, let next = adjunctEnd(start) ?? datePhraseEnd(start) { start = next }  // `born on 31 October 1950 in`
        if let after = text.phrase(.preposition, from: start, limit: end) ?? text.phrase(.argumentPreposition, from: start, limit: end),
           frame(text.text(start..<after).lowercased()), let m = mention(at: skipThe(after)) {
            return (subjects, coordinated(from: m, allowPossessive: true).ids, ActionRuleID(pattern: .passivePrep))
        }
        if let fronted = frontedPhrase(before: subjects[0]), frame(fronted.preposition) {
            return (subjects, [fronted.mention], ActionRuleID(path: ClausePath(.fronted), pattern: .passivePrep))
        }
        if let place = whereAntecedent(of: subjects[0]), frame("in") {
            return (subjects, [place], ActionRuleID(path: ClausePath(.where), pattern: .passivePrep))  // `Energodar, where the … plant is located`
        }
        return nil
    }

    /// The agent of a passive: a mention after `by` within a few words of `i`, past a `by` phrase
    /// without one (`by 694 votes by James To`), or the examples of a `by` phrase (`by former members,
    /// including Tiziano Lugli`).
    func agent(after i: Int) -> Int? {
        var k = i, afterBy = false
        while k < end, k - i < 12 {
            if isWord(k, .by) {
                if let m = mention(at: skipThe(k + 1)) { return isPossessor(m) ? nil : m }  // not `by Malle's The Lovers`
                afterBy = true
            } else if afterBy, let marker = exampleMarkerEnd(k) {
                return example(after: marker)
            } else {
                guard text.isWord(k) || text.tokens[k].kind == .number || (afterBy && text.isPunctuation(k, ",")) else { return nil }
                if !afterBy, k - i >= 8 || mention(at: k) != nil { return nil }
                if text.classes(k).contains(.auxiliary) || (isVerb(k) && isPastForm(k)) { return nil }
            }
            k += 1
        }
        return nil
    }

    /// The end of `including`, `such as` or `like` at `k`, which bring examples of the noun before them.
    func exampleMarkerEnd(_ k: Int) -> Int? {
        if isWord(k, .including) || isWord(k, .like) { return k + 1 }
        return isWord(k, .such) && isWord(k + 1, .`as`) ? k + 2 : nil
    }

    /// A participle coordinated with a passive, past a few words without a name (`was substituted off due
    /// to injury and replaced by …`): its token, and whether it is passive too (an agent or a preposition
    /// follows it) rather than active (`was defeated in this district, and resigned his leadership`).
    func coordinatedParticiple(after i: Int) -> (start: Int, passive: Bool)? {
        var k = i
        while k < end, k - i < 8, mention(at: k) == nil, text.isWord(k) || text.isPunctuation(k, ",") {
            if isWord(k, .and), isVerb(k + 1), isPastForm(k + 1) {
                let passive = agent(after: k + 2) != nil || text.classes(k + 2).contains(.preposition)
                return (k + 1, passive)
            }
            if isVerb(k), !text.classes(k).contains(.preposition) { return nil }
            k += 1
        }
        return nil
    }

    /// The end of a preposition and a date of numbers and date words at `i` (`on 31 October 1950`, `in 1891`).
    func datePhraseEnd(_ i: Int) -> Int? {
        guard text.isWord(i), text.classes(i).contains(.preposition) else { return nil }
        var k = i + 1
        while k < end, k - i <= 4, text.tokens[k].kind == .number || (text.isWord(k) && text.classes(k).contains(.dateWord)) { k += 1 }
        return k > i + 1 ? k : nil
    }

    /// A mention after at most two lowercase descriptors (`musician Tiziano Lugli`).
    func example(after i: Int) -> Int? {
        var k = i
        while k < end, k - i < 2, mention(at: k) == nil, text.isWord(k), !text.tokens[k].isCapitalized,
              text.classes(k).isDisjoint(with: [.function, .verb, .preposition]) {
            k += 1
        }
        return mention(at: k)
    }

    /// The mention before `, where [the]` that opens the clause of the subject `m` (`Energodar, where
    /// the Zaporozhye nuclear power plant is located`).
    private func whereAntecedent(of m: Int) -> Int? {
        var p = spans[m].lowerBound - 1
        if p >= sentenceStart, isWord(p, .the) { p -= 1 }
        guard p - 2 >= sentenceStart, isWord(p, .`where`), text.isPunctuation(p - 1, ",") else { return nil }
        return mention(endingAt: p - 1)
    }

    /// A phrase that opens the sentence, `In [the] Kowloon West [constituency],`, before the subject
    /// `m`: its preposition and its mention. A capitalized preposition inside the sentence opens one too,
    /// after a caption the sentence splitter left in front of it (`Regina Ip In the Hong Kong Island …`).
    private func frontedPhrase(before m: Int) -> (preposition: String, mention: Int)? {
        var found: (preposition: String, mention: Int)?
        for i in sentenceStart..<spans[m].lowerBound where text.isWord(i) && text.classes(i).contains(.preposition)
            && (i == sentenceStart || text.tokens[i].isCapitalized) {
            guard let place = mention(at: skipThe(i + 1)) else { continue }
            var k = spans[place].upperBound
            while k < end, k - spans[place].upperBound < 4, text.isWord(k), !text.tokens[k].isCapitalized { k += 1 }
            if text.isPunctuation(k, ","), spans[m].lowerBound > k { found = (text.text(i).lowercased(), place) }
        }
        return found
    }
}
