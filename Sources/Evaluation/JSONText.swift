import NER

/// Builds JSON text: objects with keys in the order written, strings escaped, fractions as the
/// shortest text that reads back as the same number, undefined fractions as null.
struct JSONText {
    private(set) var text = ""

    static func string(_ value: String) -> String { JSONString.quoted(value) }

    static func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "null" }

    /// `{"k": v, …}` from already-encoded values.
    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    /// `[v, …]` from already-encoded values, one a line.
    static func array(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n  " + items.joined(separator: ",\n  ") + "]"
    }
}
