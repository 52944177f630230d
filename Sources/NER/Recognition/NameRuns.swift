/// Finds runs of capitalized words in a sentence: the candidates for names.
///
/// Reads: annotated tokens. Adds: token ranges. A run is a sequence of capitalized words or
/// acronyms on one line, joined directly (`Stockholm`), by a hyphen without spaces
/// (`France-Presse`), or by name connectors before another capital (`Ministry of Defense`,
/// `Johnson & Johnson`). A possessive ending stops a run.
struct NameRuns {
    let text: AnnotatedText

    func runs(in sentence: Sentence) -> [Range<Int>] {
        var runs: [Range<Int>] = []
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
                } else if let next = joined(after: last, at: j, end: end) {
                    last = next
                    j = next + 1
                } else {
                    break
                }
            }
            runs.append(start..<(last + 1))
            i = last + 1
        }
        return runs
    }

    /// The index of the capitalized word that a hyphen or connectors at `j` lead to, if any.
    private func joined(after last: Int, at j: Int, end: Int) -> Int? {
        let tokens = text.tokens
        if text.isPunctuation(j, "-") || text.isPunctuation(j, "&") {
            let hyphen = text.isPunctuation(j, "-")
            let tight = hyphen ? tokens[j].gap == .none && j + 1 < end && tokens[j + 1].gap == .none : true
            return tight && j + 1 < end && text.isCapitalized(j + 1) ? j + 1 : nil
        }
        var k = j
        while k < end, k - j < 2, text.isWord(k), !text.tokens[k].isCapitalized, text.classes(k).contains(.connector),
              tokens[k].gap < .newline {
            k += 1
        }
        return k > j && k < end && tokens[k].gap < .newline && text.isCapitalized(k) ? k : nil
    }
}
