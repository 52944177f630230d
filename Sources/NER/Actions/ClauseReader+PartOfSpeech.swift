/// Part-of-speech decisions for candidate verbs, Brill-style: a word the lexicon lists as a verb is
/// read as one unless its context says it is a noun. The evidence is the word's frequency per part of
/// speech (WordNet sense counts, `Lexicons/word_tags.tsv`), role nouns (`Lexicons/role_nouns.txt`)
/// and the words around it. After `to`, a modal or an auxiliary a word is always a verb; after a
/// determiner it is never one (``predicate(from:subjects:bare:passive:depth:)`` does not get that far).
extension ClauseReader {
    /// Why the verb candidate at `v` is read as a noun, or nil when it stays a verb.
    ///
    /// - `capitalized`: a capitalized word inside a sentence that is not in title case is part of a
    ///   name (`Canada Published North America`, `Commons Select Committee`);
    /// - `noun-first`: a bare form without an auxiliary, of a word more often a noun or adjective than
    ///   a verb (`France captain …`, `BBC radio Scotland`, `EU summit in Brussels`);
    /// - `role-noun`: a bare role noun right before a name (`Hull referee Steve Ganson`).
    func nounReading(_ v: Int, afterAuxiliary auxiliary: Bool) -> ActionDrop.NounRule? {
        if v > sentenceStart, text.tokens[v].isCapitalized, !isTitleCase { return .capitalized }
        guard !auxiliary, isBaseForm(v) else { return nil }
        let c = text.classes(v)
        if c.contains(.nounFirst) { return .nounFirst }
        if c.contains(.roleNoun), mention(at: v + 1) != nil { return .roleNoun }
        return nil
    }

    /// A sentence in title case (a headline): no lowercase word of four letters or more outside the
    /// closed classes (`Biden Says Putin 'Miscalculated' on Ukraine`).
    func titleCase(_ tokens: Range<Int>) -> Bool {
        for i in tokens where text.isWord(i) && !text.tokens[i].isCapitalized && !text.tokens[i].shape.contains(.allCaps) {
            let token = text.tokens[i]
            if token.end - token.start >= 4, text.classes(i).isDisjoint(with: [.function, .preposition, .determiner]) { return false }
        }
        return true
    }

    /// A mention that a determiner makes a noun's modifier, never a subject: `an Andy Warhol exhibit`,
    /// `its Ford plant`, `two Chelsea players` (not `the`, `both` or `all`: `both Russia and Ukraine`).
    func isPremodifier(_ m: Int) -> Bool {
        let p = spans[m].lowerBound - 1
        guard p >= sentenceStart, text.isWord(p), text.classes(p).contains(.determiner) else { return false }
        return !isWord(p, .the) && !isWord(p, .both) && !isWord(p, .all)
    }

    /// A participle without an auxiliary whose agent follows (`the Polaroids donated to USI by the
    /// foundation`): a reduced relative or passive, whose subject is not the mention before it.
    func isReducedPassive(_ v: Int) -> Bool {
        guard isPastForm(v) else { return false }
        var k = v + 1
        while k < end, k - v <= 8, text.isWord(k), !isVerb(k) {
            if isWord(k, .by) { return mention(at: skipThe(k + 1)) != nil }
            k += 1
        }
        return false
    }
}
