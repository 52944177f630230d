import Graph
import Testing
import TestSupport

/// The form names are compared in when looked up.
@Suite("search keys")
struct SearchKeyTests {
    @Test("lower case, letters and digits only, one space between words", arguments: [
        ("Dmytro Kuleba", "dmytro kuleba"), ("  KULEBA's   visit ", "kuleba s visit"), ("AT&T", "at t"), ("U.S.", "u s"),
        ("Zelenskyy’s", "zelenskyy s"), ("Café Müller", "cafe muller"), ("Z-1 2", "z 1 2"), ("", ""),
    ])
    func keys(name: String, key: String) {
        #expect(SearchKey.of(name) == key)
    }

    @Test("ASCII names get the key Foundation's folding gives")
    func asciiAgreesWithFolding() {
        var generator = SeededGenerator(seed: 0x5EA2C4)
        let alphabet = Array("aZ09 .-'&/_()!?,;:\t") + (0x20...0x7E).compactMap { UnicodeScalar($0).map(Character.init) }
        for _ in 0..<2_000 {
            let name = String((0..<Int.random(in: 0...20, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            // A trailing no-break space is not alphanumeric, and sends the name down the general path.
            #expect(SearchKey.of(name) == SearchKey.of(name + "\u{A0}"), "\(name)")
        }
    }
}
