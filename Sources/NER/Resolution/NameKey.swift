import Foundation

/// Normalized forms of names, used to compare spellings.
enum NameKey {
    /// Lowercase, without diacritics, periods or possessives; hyphens and runs of spaces become one
    /// space: `U.S.` → `us`, `IKEA` → `ikea`, `Erdoğan` → `erdogan`.
    static func folded(_ name: String) -> String {
        var s = name.utf8.allSatisfy({ $0 < 0x80 }) ? name.lowercased()
            : name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        if s.utf8.contains(0xE2) { s = s.replacingOccurrences(of: "’", with: "'") }
        if s.hasSuffix("'s") { s.removeLast(2) }
        var out = ""
        var space = false
        for c in s.unicodeScalars {
            if c == "." { continue }
            if c == " " || c == "-" || c == "\t" || c == "\n" {
                space = !out.isEmpty
                continue
            }
            if space { out.unicodeScalars.append(" "); space = false }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// One word with Latin transliteration differences removed: the endings and doublings of
    /// `y`/`i`/`j` (`Zelenskyy`, `Zelenskiy`, `Zelensky` → `zelenski`), `kh` → `h`, `w` → `v`.
    static func transliterated(_ word: String) -> String {
        let letters = Array(folded(word).unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < letters.count {
            let c = letters[i], next = i + 1 < letters.count ? letters[i + 1] : nil
            switch (c, next) {
            case ("k", "h"):
                out.append("h"); i += 2
            case ("y", "y"), ("i", "y"), ("i", "i"), ("i", "j"), ("y", "j"):
                out.append("i"); i += 2
            case ("j", _), ("y", _):
                out.append("i"); i += 1
            case ("w", _):
                out.append("v"); i += 1
            default:
                out.append(c); i += 1
            }
        }
        return String(out)
    }

    /// The consonants of a transliterated word, doubles collapsed: `arestovich` and `orastovich`
    /// → `rstvch`. Spellings that differ only in vowels share it.
    static func skeleton(_ word: String) -> String {
        var out = ""
        var last: Unicode.Scalar?
        for c in transliterated(word).unicodeScalars where !"aeiouy".unicodeScalars.contains(c) && c != last {
            out.unicodeScalars.append(c)
            last = c
        }
        return out
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in stride(from: 1, through: y.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
