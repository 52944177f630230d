/// Everything recognized in one document.
public struct DocumentAnalysis: Sendable {
    public let source: SourceText
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// Mentions in text order; they never overlap. Cross-document resolution may rename their entities.
    public var mentions: [Mention]
    /// Actions between mentions, in text order.
    public var actions: [Action]

    public init(source: SourceText, tokens: [Token], sentences: [Sentence], mentions: [Mention], actions: [Action] = []) {
        self.source = source
        self.tokens = tokens
        self.sentences = sentences
        self.mentions = mentions
        self.actions = actions
    }

    /// Scalar (code point) offsets of each mention, as `start..<end`.
    public func scalarRanges() -> [Range<Int>] {
        var offsets = ScalarOffsets(source.bytes)
        return mentions.map { m in
            let start = offsets.scalarOffset(ofByte: m.range.lowerBound)
            return start..<offsets.scalarOffset(ofByte: m.range.upperBound)
        }
    }

    /// Byte range of a sentence.
    public func byteRange(ofSentence index: Int) -> Range<Int> {
        let s = sentences[index]
        return Int(tokens[s.tokens.lowerBound].start)..<Int(tokens[s.tokens.upperBound - 1].end)
    }
}
