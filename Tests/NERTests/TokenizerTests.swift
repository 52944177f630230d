import NER
import Testing

@Suite("Tokenizer")
struct TokenizerTests {
    let tokenizer = Tokenizer(abbreviations: ["mr", "feb", "gen", "inc"])

    func texts(_ s: String) -> [String] {
        let bytes = Array(s.utf8)
        return tokenizer.tokenize(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test("abbreviations keep their periods", arguments: [
        ("The U.S. and U.N. met.", ["The", "U.S.", "and", "U.N.", "met", "."]),
        ("Mr. Smith left on Feb. 24.", ["Mr.", "Smith", "left", "on", "Feb.", "24", "."]),
        ("Gen. J. Doe of Acme Inc.", ["Gen.", "J.", "Doe", "of", "Acme", "Inc."]),
        ("at 9 a.m. sharp", ["at", "9", "a.m.", "sharp"]),
    ])
    func abbreviations(input: String, expected: [String]) {
        #expect(texts(input) == expected)
    }

    @Test("possessives split from the name, curly or straight")
    func possessives() {
        #expect(texts("Putin’s aide and Boeing's jets") == ["Putin", "’s", "aide", "and", "Boeing", "'s", "jets"])
        #expect(texts("the Ukrainians’ homes") == ["the", "Ukrainians", "’", "homes"])
        #expect(texts("O'Brien didn't go") == ["O'Brien", "didn't", "go"])
        let kinds = tokenizer.tokenize(Array("Putin’s".utf8)).map(\.kind)
        #expect(kinds == [.word, .possessive])
    }

    @Test("hyphens are their own tokens; & stays inside names")
    func hyphensAndAmpersands() {
        #expect(texts("Stockholm-based H&M") == ["Stockholm", "-", "based", "H&M"])
        #expect(texts("U.S.-based Boeing") == ["U.S.", "-", "based", "Boeing"])
        #expect(texts("Johnson & Johnson") == ["Johnson", "&", "Johnson"])
    }

    @Test("numbers keep separators and ordinal endings")
    func numbers() {
        #expect(texts("1,600 troops, $10,000 and 2.5% on the 21st") == ["1,600", "troops", ",", "$", "10,000", "and", "2.5", "%", "on", "the", "21st"])
    }

    @Test("shapes and gaps are recorded")
    func shapes() {
        let tokens = tokenizer.tokenize(Array("NATO said\n\nKyiv".utf8))
        #expect(tokens[0].shape.contains(.allCaps))
        #expect(tokens[0].shape.contains(.capitalized))
        #expect(!tokens[1].isCapitalized)
        #expect(tokens[1].gap == .space)
        #expect(tokens[2].gap == .blankLine)
    }

    @Test("non-ASCII letters and quotes")
    func unicode() {
        #expect(texts("“Zelenskyy,” said Erdoğan — in Kyiv…") == ["“", "Zelenskyy", ",", "”", "said", "Erdoğan", "—", "in", "Kyiv", "…"])
    }
}
