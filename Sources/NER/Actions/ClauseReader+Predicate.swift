/// A clause's verb: the lemma (with a meaning-changing particle), its polarity and voice.
struct Predicate {
    var lemma: String
    var negated = false
    var passive = false
    /// Read through a reporting verb and a pronoun (`said it would exit`).
    var reported = false
    /// The verb's token (the last of a `to`-chain).
    var verb: Int
    /// The token after the verb and its particle, where objects start.
    var end: Int
}

extension ClauseReader {
    /// The predicate starting at or after `i`: auxiliaries, modals, adverbs, negations and dates,
    /// then the verb; `to`-chains move to the later verb (`decided to halt` → `halt`), also past an
    /// intent noun (`missed a chance to put` → `put`), negated after a negating verb (`failed to win`); a gerund is
    /// skipped (`stopped selling` → `stop`); a listed particle joins the lemma (`call on`).
    /// A reporting verb with a pronoun that repeats the subjects (`said it would …`) reads the
    /// reported clause. Nil for hypothetical or unreadable clauses.
    ///
    /// - Parameters:
    ///   - bare: a participle may start the clause without an auxiliary (`…, joining Shell`);
    ///   - passive: the clause continues a passive, whose auxiliary its participle shares (`was
    ///     substituted and replaced by …`).
    func predicate(from start: Int, subjects: [Int], bare: Bool, passive: Bool = false, depth: Int) -> Predicate? {
        var i = start, negated = false, auxiliary = passive, afterBe = passive
        var verb: Int?
        while i < end, i - start < 10 {
            if isQuote(i) {
                guard isScareQuote(i) else { return nil }
                i += 1; continue
            }
            if text.isPunctuation(i, ","), let close = parenthetical(after: i) { i = close + 1; continue }
            guard text.isWord(i), mention(at: i) == nil else { return nil }
            let c = text.classes(i)
            if c.contains(.hypothetical) {
                drop(.hypothetical, at: i..<(i + 1))
                return nil
            }
            if c.contains(.negation) {
                negated = true
                if c.contains(.auxiliary) { auxiliary = true; afterBe = lemma(i) == "be" }
                i = text.phrase(.negation, from: i, limit: end) ?? i + 1
                continue
            }
            if c.contains(.auxiliary) { auxiliary = true; afterBe = lemma(i) == "be"; i += 1; continue }
            if c.contains(.verbPrefix), text.isPunctuation(i + 1, "-"), isVerb(i + 2) { i += 2; continue }  // `re-elected`
            if let next = adjunctEnd(i) { i = next; continue }
            if c.contains(.verb) { verb = i; break }
            return nil
        }
        guard let v = verb, var lemma = lemma(v) else { return nil }
        if let rule = nounReading(v, afterAuxiliary: auxiliary) {
            drop(.noun(rule: rule), at: v..<(v + 1))
            return nil
        }
        if !auxiliary, !bare, endsWith(v, "ing") { return nil }
        let participle = isPastForm(v)
        if afterBe, participle, !endsWith(v, "ing") {
            return Predicate(lemma: lemma, negated: negated, passive: true, verb: v, end: v + 1)
        }
        if !auxiliary, isReducedPassive(v) {  // `a spokeswoman quoted by`, `the works donated to USI by`
            drop(.reducedPassive, at: v..<(v + 1))
            return nil
        }
        if depth == 0, text.classes(v).contains(.reportingVerb), var inner = reported(after: v, subjects: subjects) {
            inner.negated = inner.negated || negated
            return inner
        }
        // `to`-chains, then a gerund, then a particle.
        var j = isScareQuote(v + 1) ? v + 2 : v + 1, verbToken = v  // `had “derailed” …`
        for _ in 0..<3 {
            var k = j
            while k < end, let next = adjunctEnd(k) { k = next }
            if let noun = intentNoun(from: k) { k = noun + 1 }  // `missed a chance to put`
            guard isWord(k, .to), isVerb(k + 1), isBaseForm(k + 1), let next = self.lemma(k + 1) else { break }
            if classes(ofLemma: lemma).contains(.negatingVerb) { negated.toggle() }  // `failed to win`
            lemma = next
            verbToken = k + 1
            j = k + 2
        }
        if isVerb(j), endsWith(j, "ing") { j += 1 }
        if j < end, text.isWord(j), mention(at: j) == nil,
           let phrasal = phrasalVerb(lemma, j) {
            lemma = phrasal
            j += 1
            if isWord(j, .of) { j += 1 }  // `pull out of`
        }
        return Predicate(lemma: lemma, negated: negated, verb: verbToken, end: j)
    }

    /// An intent noun right before `to`, after at most two determiners or modifiers from `i` (`a chance`,
    /// `early attempts`): its token.
    private func intentNoun(from i: Int) -> Int? {
        var k = i
        while k < end, k - i <= 2, text.isWord(k), mention(at: k) == nil, !text.tokens[k].isCapitalized {
            let c = text.classes(k)
            if c.contains(.intentNoun), isWord(k + 1, .to) { return k }
            guard c.contains(.determiner) || c.isDisjoint(with: [.function, .preposition, .auxiliary, .negation]) else { return nil }
            k += 1
        }
        return nil
    }

    /// `said [on Tuesday] [that] it would …`: the reported clause when the pronoun can stand for the subjects.
    private func reported(after v: Int, subjects: [Int]) -> Predicate? {
        var k = v + 1
        while k < end, let next = adjunctEnd(k) { k = next }
        if isWord(k, .that) { k += 1 }
        guard text.isWord(k), text.classes(k).contains(.subjectPronoun) else { return nil }
        let persons = subjects.allSatisfy { mentions[$0].type == .person }
        let agrees: Bool
        if isWord(k, .he) || isWord(k, .she) {
            agrees = subjects.count == 1 && persons
        } else if isWord(k, .it) {
            agrees = subjects.count == 1 && !persons
        } else {
            agrees = subjects.count > 1 || !persons
        }
        guard agrees, var inner = predicate(from: k + 1, subjects: subjects, bare: false, depth: 1) else { return nil }
        inner.reported = true
        return inner
    }

    /// The end of a date or adverb at `i` (`Tuesday`, `on Wednesday`, `late Saturday`, `reportedly`).
    func adjunctEnd(_ i: Int) -> Int? {
        guard i < end, text.isWord(i) else { return nil }
        let c = text.classes(i)
        if c.contains(.dateWord) || c.contains(.adverb) { return i + 1 }
        if c.contains(.preposition), text.isWord(i + 1), text.classes(i + 1).contains(.dateWord) { return i + 2 }
        if !text.tokens[i].isCapitalized, endsWith(i, "ly"), !c.contains(.verb) { return i + 1 }
        return nil
    }

    /// The closing comma of `, meanwhile,` after the comma at `i`.
    private func parenthetical(after i: Int) -> Int? {
        var k = i + 1
        while k < end, k - i <= 3, let next = adjunctEnd(k) { k = next }
        return k > i + 1 && text.isPunctuation(k, ",") ? k : nil
    }

    /// `call on`, `pull out`: the lemma plus the word at `j` when they are a listed phrasal verb.
    private func phrasalVerb(_ lemma: String, _ j: Int) -> String? {
        guard !text.classes(j).isDisjoint(with: [.argumentPreposition, .preposition, .function]),
              facts.classes(of: lemma, j..<(j + 1)).contains(.verb) else { return nil }
        return facts.lastPhrase
    }
}
