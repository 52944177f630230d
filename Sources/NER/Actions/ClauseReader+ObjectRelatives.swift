/// Object relative clauses: the name that a relative pronoun stands for is the object of the verb of
/// the relative clause (`Rehabilitation Project Force in Sydney, which the Church describes as a
/// religious retreat` → the Church describes Rehabilitation Project Force).
extension ClauseReader {
    /// The mention that `, which`, `, whom` or `, who` before the subject `m` (past a `the`) stands for:
    /// the mention right before the comma, or, when that one follows a preposition, the mention that
    /// the prepositional phrase modifies (`Rehabilitation Project Force in Sydney, which …`); nil when
    /// the phrase modifies no mention (`a refinery in Russia, which …`).
    func objectRelativeAntecedent(of m: Int) -> Int? {
        let pronoun = skipBackThe(spans[m].lowerBound - 1)
        guard pronoun - 2 >= sentenceStart, isWord(pronoun, .which) || isWord(pronoun, .whom) || isWord(pronoun, .who),
              text.isPunctuation(pronoun - 1, ","), var antecedent = mention(endingAt: pronoun - 1) else { return nil }
        let before = skipBackThe(spans[antecedent].lowerBound - 1)
        if before >= sentenceStart, text.isWord(before), text.classes(before).contains(.preposition) {
            guard let head = mention(endingAt: before) else { return nil }
            antecedent = head
        }
        return antecedent
    }

    /// Whether no object follows the verb whose objects would start at `i`: the sentence or clause ends,
    /// or a preposition, adverb, date or `as` follows (`which the Church describes as …`, `which Exxon
    /// bought in 2010`), so that the relative pronoun is the object.
    func leavesObjectGap(_ i: Int) -> Bool {
        guard i < end else { return true }
        if text.tokens[i].kind == .punctuation { return !isQuote(i) }
        guard text.isWord(i), mention(at: i) == nil else { return false }
        return isWord(i, .`as`) || !text.classes(i).isDisjoint(with: [.preposition, .argumentPreposition, .adverb, .dateWord])
    }
}
