import NER

/// CoNLL-2003 style: `-DOCSTART-` per document, then `token<TAB>tag` lines (`B-PERSON`,
/// `I-PLACE`, `O`) with a blank line after each sentence.
enum CoNLLFormat {
    static func write(_ analysis: DocumentAnalysis, to out: inout OutputBuffer) {
        out.write("-DOCSTART-\t\(analysis.source.name)\n\n")
        var tags = [String](repeating: "O", count: analysis.tokens.count)
        for m in analysis.mentions {
            for i in m.tokens { tags[i] = (i == m.tokens.lowerBound ? "B-" : "I-") + m.type.rawValue }
        }
        for sentence in analysis.sentences {
            for i in sentence.tokens {
                out.write("\(analysis.source.text(analysis.tokens[i].range))\t\(tags[i])\n")
            }
            out.write("\n")
        }
    }
}
