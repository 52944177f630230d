/// Everything recognized in one document.
public struct DocumentAnalysis: Sendable {
    public private(set) var source: SourceText
    public private(set) var tokens: [Token]
    public let sentences: [Sentence]
    /// Mentions in text order; they never overlap. Cross-document resolution may rename their entities.
    public var mentions: [Mention]
    /// Actions between mentions, in text order.
    public var actions: [Action]
    /// Candidate clauses that gave no action, and why; only when the recognizer explains actions.
    public var droppedActions: [ActionDrop]
    /// Scalar ranges of mentions and sentences, kept by ``compacted()`` when it drops the text.
    private var kept: (mentions: [Range<Int>], sentences: [Range<Int>])?
    /// Byte ranges of the sentences, kept by ``droppingTokens()``.
    private var sentenceBytes: [Range<Int>]?

    public init(source: SourceText, tokens: [Token], sentences: [Sentence], mentions: [Mention], actions: [Action] = [],
                droppedActions: [ActionDrop] = []) {
        self.source = source
        self.tokens = tokens
        self.sentences = sentences
        self.mentions = mentions
        self.actions = actions
        self.droppedActions = droppedActions
    }

    /// An analysis read back without its tokens (`graphtool ingest --analyses`), as
    /// ``droppingTokens()`` leaves one: the text, each sentence's byte range, the mentions and the
    /// actions. Its sentences' token ranges are empty and none is marked a headline.
    public init(source: SourceText, sentenceBytes: [Range<Int>], mentions: [Mention], actions: [Action]) {
        self.init(source: source, tokens: [], sentences: sentenceBytes.map { _ in Sentence(tokens: 0..<0, isHeadline: false) },
                  mentions: mentions, actions: actions)
        self.sentenceBytes = sentenceBytes
    }

    /// Scalar (code point) offsets of each mention, as `start..<end`.
    public func scalarRanges() -> [Range<Int>] {
        if let kept { return kept.mentions }
        var offsets = ScalarOffsets(source.bytes)
        return mentions.map { m in
            let start = offsets.scalarOffset(ofByte: m.range.lowerBound)
            return start..<offsets.scalarOffset(ofByte: m.range.upperBound)
        }
    }

    /// Scalar (code point) offsets of every sentence, as `start..<end`.
    public func sentenceScalarRanges() -> [Range<Int>] {
        if let kept { return kept.sentences }
        var offsets = ScalarOffsets(source.bytes)
        return sentences.indices.map { s in
            let bytes = byteRange(ofSentence: s)
            let start = offsets.scalarOffset(ofByte: bytes.lowerBound)
            return start..<offsets.scalarOffset(ofByte: bytes.upperBound)
        }
    }

    /// Byte range of a sentence; empty once ``compacted()``.
    public func byteRange(ofSentence index: Int) -> Range<Int> {
        if let sentenceBytes { return sentenceBytes[index] }
        guard !tokens.isEmpty else { return 0..<0 }
        let s = sentences[index]
        return Int(tokens[s.tokens.lowerBound].start)..<Int(tokens[s.tokens.upperBound - 1].end)
    }

    /// The analysis without its tokens, keeping the text and each sentence's byte range: what
    /// storing it needs, in less memory. Its sentences' token ranges no longer index anything.
    public func droppingTokens() -> DocumentAnalysis {
        var lean = self
        lean.sentenceBytes = sentences.indices.map(byteRange(ofSentence:))
        lean.tokens = []
        return lean
    }

    /// The analysis without the document's bytes and tokens, keeping the scalar offsets of
    /// mentions and sentences: what output needs after resolution, in a fraction of the memory.
    public func compacted() -> DocumentAnalysis {
        var compact = self
        compact.kept = (scalarRanges(), sentenceScalarRanges())
        compact.tokens = []
        compact.sentenceBytes = nil
        compact.source = SourceText(name: source.name, utf8: [])
        return compact
    }
}
