import NER
import Testing
import TestSupport

/// The lighter forms of an analysis keep what their users read.
@Suite("Document analysis")
struct DocumentAnalysisTests {
    let analysis = Fixtures.recognizer.analyze(SourceText(name: "t", text: "Kuleba met Blinken in Kyiv. Then Kuleba flew to Warsaw — and back."))

    @Test("without tokens, sentences keep their byte ranges and the text stays")
    func droppingTokens() {
        let lean = analysis.droppingTokens()
        #expect(lean.tokens.isEmpty && !analysis.tokens.isEmpty)
        #expect(lean.sentences.indices.map(lean.byteRange(ofSentence:)) == analysis.sentences.indices.map(analysis.byteRange(ofSentence:)))
        #expect(lean.source.bytes == analysis.source.bytes && lean.mentions == analysis.mentions)
        #expect(lean.sentenceScalarRanges() == analysis.sentenceScalarRanges())
    }

    @Test("compacted after dropping tokens keeps the scalar ranges, and its byte ranges are empty")
    func compactedAfterDropping() {
        let compact = analysis.droppingTokens().compacted()
        #expect(compact.scalarRanges() == analysis.scalarRanges())
        #expect(compact.sentenceScalarRanges() == analysis.sentenceScalarRanges())
        #expect(compact.byteRange(ofSentence: 0) == 0..<0)
    }
}
