/// Builds JSON text: objects with keys in the order written, strings escaped, fractions as the
/// shortest text that reads back as the same number, undefined fractions as null.
struct JSONText {
    private(set) var text = ""

    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

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
