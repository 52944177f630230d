import NER
import Testing

@Suite("Sentence splitter")
struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        let tokens = Tokenizer(abbreviations: ["mr", "feb"]).tokenize(bytes)
        let splitter = SentenceSplitter(opensSentence: { ["The", "But", "It"].contains($0) })
        return splitter.split(tokens, bytes: bytes).map {
            String(decoding: bytes[Int(tokens[$0.tokens.lowerBound].start)..<Int(tokens[$0.tokens.upperBound - 1].end)], as: UTF8.self)
        }
    }

    @Test("abbreviations end a sentence only before a sentence opener")
    func abbreviations() {
        #expect(sentences("Talks were held in the U.S. Embassy on Monday. Mr. Smith left.") ==
                ["Talks were held in the U.S. Embassy on Monday.", "Mr. Smith left."])
        #expect(sentences("Sanctions came from the U.S. The EU followed.") ==
                ["Sanctions came from the U.S.", "The EU followed."])
    }

    @Test("quotes, missing spaces and question marks")
    func punctuation() {
        #expect(sentences("“We will fight.” He left. Why? Because.") == ["“We will fight.”", "He left.", "Why?", "Because."])
        #expect(sentences("messaging system.Washington announced more.") == ["messaging system.", "Washington announced more."])
    }

    @Test("lines without final punctuation are sentences; headlines are marked")
    func headlines() {
        let bytes = Array("Russia Escalates Ukraine Attacks\n\nBy The Associated Press\nMoscow said it\nwould talk.".utf8)
        let tokens = Tokenizer(abbreviations: []).tokenize(bytes)
        let split = SentenceSplitter(opensSentence: { _ in false }).split(tokens, bytes: bytes)
        #expect(split.count == 3)
        #expect(split[0].isHeadline)
        #expect(!split[2].isHeadline)
    }
}
