/// Finds runs of capitalized words in a sentence: the candidates for names.
///
/// Reads: annotated tokens. Adds: token ranges. A run is a sequence of capitalized words or
/// acronyms on one line, joined directly (`Stockholm`), by a hyphen without spaces
/// (`France-Presse`, `Kwok-hung`), by `at` after a university or college (`University of North
/// Carolina at Greensboro`), or by name connectors before another capital (`Ministry of Defense`,
/// `Johnson & Johnson`). A possessive ending stops a run.
struct NameRuns {
    let text: AnnotatedText

    /// Replaces the contents of `runs` with the runs of `sentence` (a buffer reused from sentence
    /// to sentence).
    func runs(in sentence: Sentence, into runs: inout [Range<Int>]) {
        runs.removeAll(keepingCapacity: true)
        var i = sentence.tokens.lowerBound
        let end = sentence.tokens.upperBound
        while i < end {
            guard text.isCapitalized(i) else { i += 1; continue }
            let start = i
            var last = i
            var j = i + 1
            while j < end, text.tokens[j].gap < .newline {
                if text.isCapitalized(j) {
                    last = j
                    j += 1
                } else if let next = joined(from: start, after: last, at: j, end: end) {
                    last = next
                    j = next + 1
                } else {
                    break
                }
            }
            runs.append(start..<(last + 1))
            i = last + 1
        }
    }

    /// The index of the word that a hyphen or connectors at `j` lead to, if any: a capitalized
    /// word, or after a tight hyphen any word but a compound suffix (`Kwok-hung`, not `Moscow-based`).
    private func joined(from start: Int, after last: Int, at j: Int, end: Int) -> Int? {
        if text.isPunctuation(j, "&") {
            return j + 1 < end && text.isCapitalized(j + 1) ? j + 1 : nil
        }
        if text.isPunctuation(j, "-") {
            return text.hyphenContinues(at: j, end: end) ? j + 1 : nil
        }
        if text.isWord(j, "at"), j + 1 < end, text.isCapitalized(j + 1), text.tokens[j + 1].gap < .newline,
           (start...last).contains(where: { text.isWord($0, "university") || text.isWord($0, "college") }) {
            return j + 1  // a campus: `University of North Carolina at Greensboro`
        }
        var k = j
        while k < end, k - j < 2, text.isWord(k), !text.tokens[k].isCapitalized, text.classes(k).contains(.connector),
              text.tokens[k].gap < .newline {
            k += 1
        }
        guard k > j, k < end, text.tokens[k].gap < .newline else { return nil }
        if text.isCapitalized(k) { return k }
        return text.isPunctuation(k, "-") && text.hyphenContinues(at: k, end: end) && text.isCapitalized(k + 1) ? k + 1 : nil  // `al-Amr`
    }
}

extension AnnotatedText {
    /// A hyphen at `j` written without spaces between two words, the second of which continues a
    /// name: capitalized, or a lowercase syllable of up to five letters after a word in title case
    /// that is not a compound suffix (`Lung-bin`, not `Kremlin-led`, `ROS-concentration`).
    func hyphenContinues(at j: Int, end: Int) -> Bool {
        guard isPunctuation(j, "-"), tokens[j].gap == .none, j + 1 < end, isWord(j + 1), tokens[j + 1].gap == .none else { return false }
        if isCapitalized(j + 1) { return true }
        let syllable = tokens[j + 1].end - tokens[j + 1].start <= 5 && tokens[j - 1].isCapitalized && !tokens[j - 1].shape.contains(.allCaps)
        return syllable && !classes(j + 1).contains(.compoundSuffix)
    }
}
