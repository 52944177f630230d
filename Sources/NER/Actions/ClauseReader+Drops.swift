/// Why candidate clauses gave no action, recorded for `--explain` (``ActionDrop``). Every call is a
/// no-op unless the reader explains.
extension ClauseReader {
    /// Records that the clause of the subject being read gave nothing because of `reason`, about the
    /// tokens `words`; the object candidate is the first mention at or after them.
    func drop(_ reason: ActionDrop.Reason, at words: Range<Int>) {
        guard explains else { return }
        let object = (words.lowerBound..<end).lazy.compactMap { self.mention(at: $0) }.first
        let drop = ActionDrop(sentence: sentence, words: text.text(words), subject: clauseSubject, object: object, reason: reason)
        if drops.last != drop { drops.append(drop) }
    }

    /// Records the adjunct that a verb's scan stopped at the preposition `p` before reaching: the
    /// phrase from the last preposition before the next mention to the mention's end
    /// (`filed for bankruptcy in Houston`: `in Houston`), when a mention follows within a few words.
    func dropAdjunct(from p: Int, verb: String) {
        guard explains else { return }
        var preposition = p, k = p
        while k < end, k - p < 8, text.isWord(k) {
            if let m = mention(at: k) {
                drop(.adjunct(verb: verb), at: preposition..<spans[m].upperBound)
                return
            }
            if isVerb(k), !text.classes(k).contains(.preposition) { return }
            if text.classes(k).contains(.preposition) { preposition = k }
            k += 1
        }
    }
}
