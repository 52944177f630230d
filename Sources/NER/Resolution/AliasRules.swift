/// A user's decisions about merges, read from an alias file (`--aliases FILE`).
///
/// One rule a line, tab-separated, `#` for comments:
/// - `variant<TAB>canonical`: mentions written `variant` (or resolved to it) are the entity `canonical`;
/// - `!a<TAB>b`: the entities named `a` and `b` are never merged.
public struct AliasRules: Sendable, Equatable {
    /// Folded variant → canonical name.
    public private(set) var forced: [String: String] = [:]
    /// Folded name pairs that must stay apart, both orders.
    private var forbidden: Set<[String]> = []

    public init() {}

    public init(tsv text: String, file: String) throws(LexiconError) {
        for (number, line) in LexiconSource.dataLines(text) {
            let fields = line.split(separator: "\t").map { $0.trimmingSpaces }
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty, fields[0] != "!" else {
                throw .malformedLine(file: file, line: number, text: line,
                                     problem: "expected variant<TAB>canonical (a merge) or !name<TAB>name (never merge)")
            }
            if fields[0].hasPrefix("!") {
                forbid(String(fields[0].dropFirst()).trimmingSpaces, fields[1])
            } else {
                forced[NameKey.folded(fields[0])] = fields[1]
            }
        }
    }

    /// Adds a forced merge.
    public mutating func force(_ variant: String, to canonical: String) {
        forced[NameKey.folded(variant)] = canonical
    }

    /// Adds a pair that must never merge.
    public mutating func forbid(_ a: String, _ b: String) {
        let x = NameKey.folded(a), y = NameKey.folded(b)
        forbidden.insert([x, y])
        forbidden.insert([y, x])
    }

    /// The canonical name a user forces for `name`, if any.
    func canonical(for name: String) -> String? { forced.isEmpty ? nil : forced[NameKey.folded(name)] }

    /// True when some name of one group and some name of the other must stay apart.
    func forbids(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard !forbidden.isEmpty else { return false }
        for x in a { for y in b where forbidden.contains([x, y]) { return true } }
        return false
    }
}
