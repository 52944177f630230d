extension ClauseReader {
    /// The objects of `predicate`, the pattern that found them (nil when there are none), and where
    /// reading stopped (for continuations such as `and called on …`).
    ///
    /// - `svo`: a mention right after the verb (`invaded Ukraine`), unless it starts a clause of its
    ///   own (`stated Montalvo left`, `said Russia would`) or modifies a noun (`Scientology-related`);
    /// - `verb-prep`: after an argument preposition (`wrote on Twitter`, `meet with Ukraine`);
    /// - `verb-noun-prep`: after a short noun phrase and an argument preposition (`imposed sanctions on
    ///   Russia`); a mention after another preposition is an adjunct and is passed over (`refer the
    ///   situation in Ukraine to the ICC`);
    /// - `mandate`: `demand that Russia …` gives Russia, never what Russia is asked to do.
    /// A preposition is an argument one when it is directional (`to`, `against`, `out of`) or when the
    /// verb's or the noun's frame lists it (`impose on`, `halt in`, `attacks on`; `Rules/verb_frames.txt`):
    /// `filed for bankruptcy in Houston` has none. Coordinated mentions are objects too; a possessor is
    /// one right after the verb (`overthrown Ukraine's government`) or after a preposition of the verb's
    /// or noun's frame (`imposed sanctions on Russia's central bank`), not after another preposition, where
    /// the possessed noun is the object (`scoring a header from Kevin De Bruyne's assist`).
    func objects(of predicate: Predicate, mandative: Bool) -> (ids: [Int], pattern: ActionPattern?, end: Int) {
        let start = predicate.end
        if mandative, isWord(start, .that) {
            guard let m = mention(at: skipThe(start + 1)), !isPossessor(m) else { return ([], nil, start) }
            let group = coordinated(from: m, allowPossessive: false)
            return (group.ids, .mandate, group.end)
        }
        if let m = mention(at: skipThe(start)) ?? described(at: start) {  // `defeated debutants Panama 3 – 0`
            let group = coordinated(from: m, allowPossessive: true)
            if isModifier(m) {
                drop(.modifier(verb: predicate.lemma), at: spans[m])
            } else if startsClause(group.end) {
                drop(.clauseSubject(verb: predicate.lemma), at: spans[m])
            } else {
                return (group.ids, .svo, group.end)
            }
            return ([], nil, group.end)
        }
        if let (after, directional) = facts.preposition(start, sentenceEnd: end),
           directional || isFramed(start, after, verb: predicate.lemma, afterNoun: false),
           let m = mention(at: skipThe(after)), !isModifier(m) {
            if isPossessor(m), !isFramed(start, after, verb: predicate.lemma, afterNoun: false) {
                // `scored from Kevin De Bruyne's assist`: the object is the assist
                drop(.possessor(verb: predicate.lemma), at: spans[m])
                return ([], nil, start)
            }
            let group = coordinated(from: m, allowPossessive: true)
            return (group.ids, .verbPrep, group.end)
        }
        var p = start
        while p < end, p - start < 12 {
            if mention(at: p) != nil { break }
            if let (after, directional) = facts.preposition(p, sentenceEnd: end) {
                let argument = p > start && (directional || isFramed(p, after, verb: predicate.lemma, afterNoun: true))
                if let m = mention(at: skipThe(after)) {
                    let group = coordinated(from: m, allowPossessive: true)
                    if argument, !isModifier(m) {
                        guard !isPossessor(m) || isFramed(p, after, verb: predicate.lemma, afterNoun: true) else {
                            drop(.possessor(verb: predicate.lemma), at: spans[m])
                            break
                        }
                        return (group.ids, .verbNounPrep, group.end)
                    }
                    drop(.adjunct(verb: predicate.lemma), at: p..<spans[m].upperBound)
                    p = group.end  // an adjunct or a noun's modifier: `the situation in Ukraine`
                    continue
                }
                guard isWord(p, .of) || argument else {
                    dropAdjunct(from: p, verb: predicate.lemma)
                    break
                }
                p = after
                continue
            }
            if isWord(p, .and) {
                if isVerb(p + 1), isPastForm(p + 1) { break }
                p += 1
                continue
            }
            if text.isPunctuation(p, ","), p > start, let m = described(at: p + 1), !isModifier(m) {
                let group = coordinated(from: m, allowPossessive: false)  // `defeated another candidate, veteran politician Raymond Wong`
                return (group.ids, .verbNounApposition, group.end)
            }
            if text.tokens[p].kind == .number || isDash(p) { p += 1; continue }  // `lost 1 – 2 to England`
            if isScareQuote(p) { p += 1; continue }
            guard text.isWord(p) else { break }
            let c = text.classes(p)
            if !c.isDisjoint(with: [.auxiliary, .negation, .hypothetical, .subjectPronoun]) { break }
            if c.contains(.function), c.isDisjoint(with: [.determiner, .adverb]) { break }
            if c.contains(.verb), !c.contains(.determiner), isPastForm(p) { break }
            p += 1
        }
        return ([], nil, p)
    }

    /// A mention after at most two lowercase descriptors at `i` (`debutants Panama`, `veteran politician
    /// Raymond Wong`) that ends its noun phrase: punctuation, a preposition, a number or a date follows it,
    /// never a verb (`told reporters Russia wants …`).
    private func described(at i: Int) -> Int? {
        guard let m = example(after: i), spans[m].lowerBound > i else { return nil }
        let after = spans[m].upperBound
        guard after < end, text.tokens[after].kind != .possessive else { return after >= end ? m : nil }
        if text.tokens[after].kind == .number { return m }
        if !text.isWord(after) { return text.isPunctuation(after, "(") || isQuote(after) ? nil : m }
        return text.classes(after).isDisjoint(with: [.preposition, .argumentPreposition, .dateWord]) ? nil : m
    }

    /// The comma that ends a clause's remaining words from `i`, across at most six words without a name,
    /// a past form, an `-ing` form or a function word other than a determiner or preposition (`boats of
    /// migrants which, according to`); `i` when there is none.
    func commaEnd(from i: Int) -> Int {
        var k = i
        while k < end, k - i <= 6, text.isWord(k), mention(at: k) == nil, !(isVerb(k) && (isPastForm(k) || endsWith(k, "ing"))) {
            let c = text.classes(k)
            if c.contains(.function), c.isDisjoint(with: [.determiner, .preposition, .argumentPreposition]) { return i }
            k += 1
        }
        return text.isPunctuation(k, ",") ? k : i
    }

    /// Whether a preposition of the verb's own frame follows it (`said to Reuters`): then even a verb
    /// of no action of its own gives one.
    func framesObject(_ predicate: Predicate) -> Bool {
        guard let after = facts.preposition(predicate.end, sentenceEnd: end)?.end else { return false }
        return facts.classes(of: predicate.lemma, predicate.end..<after).contains(.verbFrame)
    }

    /// Whether the verb's lemma or, `afterNoun`, the noun before it takes the preposition `i..<after` in its frame.
    private func isFramed(_ i: Int, _ after: Int, verb: String, afterNoun: Bool) -> Bool {
        if facts.classes(of: verb, i..<after).contains(.verbFrame) { return true }
        guard afterNoun, text.isWord(i - 1), !text.classes(i - 1).contains(.function) else { return false }
        return facts.classes(of: nil, i..<after).contains(.verbFrame)
    }

    /// A mention that modifies what follows it: `Scientology-related`, `U.S.-based`, `the Oklahoma
    /// stereotype`, `the League national championship` (a descriptor of the entity itself is fine:
    /// `Chelsea soccer club`).
    private func isModifier(_ m: Int) -> Bool {
        let after = spans[m].upperBound
        if text.isPunctuation(after, "-") { return text.isWord(after + 1) && !text.tokens[after + 1].isCapitalized }
        guard after < end, text.isWord(after), !text.tokens[after].isCapitalized else { return false }
        let c = text.classes(after)
        let closed: WordClass = [.function, .determiner, .adverb, .preposition, .argumentPreposition, .dateWord, .auxiliary,
                                 .negation, .hypothetical, .organizationNoun, .facilityNoun, .companyNoun]
        guard c.contains(.common), c.isDisjoint(with: closed), !endsWith(after, "ly") else { return false }
        guard !c.contains(.verb) || c.contains(.nounFirst) || !(isPastForm(after) || endsWith(after, "ing")) else { return false }
        var k = after + 1  // `Chelsea soccer club`: a descriptor of the entity itself
        while k < end, k - after < 3, text.isWord(k), !text.tokens[k].isCapitalized {
            if !text.classes(k).isDisjoint(with: [.organizationNoun, .facilityNoun, .companyNoun]) { return false }
            k += 1
        }
        return true
    }

    /// A clause starts at `i`, after a mention that is its subject or its subject's possessor: an
    /// auxiliary, a negation, a hypothetical, or a past verb that is no reduced relative (`stated
    /// Montalvo left …`, `explained Warhol's obsession with celebrities began …`).
    private func startsClause(_ i: Int) -> Bool {
        var i = i
        if i < end, text.tokens[i].kind == .possessive {
            let possessed = i + 1
            i = possessed
            while i < end, i - possessed < 6, text.isWord(i), !isVerb(i) {
                let c = text.classes(i)
                guard c.contains(.preposition) || c.isDisjoint(with: [.function, .auxiliary]) else { break }
                i += 1
            }
        }
        guard i < end, text.isWord(i) else { return false }
        if !text.classes(i).isDisjoint(with: [.auxiliary, .negation, .hypothetical]) { return true }
        return isVerb(i) && isPastForm(i) && !isWord(i + 1, .by)
    }

    /// A hyphen or an en dash (scores, ranges).
    private func isDash(_ i: Int) -> Bool {
        text.isPunctuation(i, "-") || (i < end && text.tokens[i].kind == .punctuation && text.text(i) == "–")
    }

    func isPossessor(_ m: Int) -> Bool {
        let after = spans[m].upperBound
        return after < end && text.tokens[after].kind == .possessive
    }
}
