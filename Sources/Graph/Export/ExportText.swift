import NER

/// Escaping and cleaning of names for each format, so that a name with any characters is
/// written safely: quotes, ampersands, angle brackets, backslashes, emoji and control characters.
enum ExportText {
    /// `text` without the characters XML 1.0 forbids (control characters other than tab, line
    /// feed and carriage return; U+FFFE, U+FFFF), each replaced by U+FFFD. Escaping of `&`,
    /// `<`, `"` is left to the XML writer. The same cleaning is used for DOT and CSV.
    static func xml(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: forbidden) else { return text }
        var clean = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { clean.append(forbidden(scalar) ? "\u{FFFD}" : scalar) }
        return String(clean)
    }

    static func forbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// A DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`, and `&` as `&amp;`
    /// (Graphviz reads entity references in labels: `&amp;` in a name must stay `&amp;`).
    static func dot(_ text: String) -> String {
        var out = "\""
        for scalar in xml(text).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A CSV field, always quoted, quotes doubled (what Neo4j's importer reads).
    static func csv(_ text: String) -> String {
        "\"" + xml(text).replacing("\"", with: "\"\"") + "\""
    }

    /// A JSON string literal; control characters escaped as `\u00XX`, so nothing is lost.
    static func json(_ text: String) -> String { JSONString.quoted(text) }

    /// A JSON array of strings.
    static func json(_ list: [String]) -> String {
        "[" + list.map { json($0) }.joined(separator: ",") + "]"
    }
}
