import Foundation

/// Given names that are one name in different transliterations (`Oleksiy`, `Alexei`, `Aleksey`).
public struct GivenNameVariants: Sendable {
    private let group: [String: Int]

    /// Reads a TSV of `variant<TAB>name` lines: each variant belongs to the group of its name.
    public init(tsv text: String, file: String) throws(LexiconError) {
        var group: [String: Int] = [:]
        var groups = 0
        for (number, line) in LexiconSource.dataLines(text) {
            let fields = line.split(separator: "\t").map { $0.trimmingSpaces }
            if fields.first == "variant" { continue }
            guard fields.count == 2 else {
                throw .malformedLine(file: file, line: number, text: line, problem: "expected variant<TAB>name")
            }
            let name = NameKey.transliterated(fields[1])
            let id = group[name] ?? { groups += 1; return groups }()
            group[name] = id
            group[NameKey.transliterated(fields[0])] = id
        }
        self.group = group
    }

    /// No known variants.
    public init() { group = [:] }

    /// Two given names are the same name: equal once transliteration is set aside, one edit apart
    /// with the same initial (`Dmitry`, `Dmytro`), or variants listed together.
    func areVariants(_ a: String, _ b: String) -> Bool {
        let x = NameKey.transliterated(a), y = NameKey.transliterated(b)
        if x == y { return true }
        if let g = group[x], group[y] == g { return true }
        return x.first == y.first && min(x.count, y.count) >= 4 && NameKey.distance(x, y) <= 1
    }
}
