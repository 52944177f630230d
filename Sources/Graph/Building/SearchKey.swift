import Foundation

/// The form in which names are compared when looking them up: lower case, without diacritics,
/// letters and digits only, words separated by one space. `Zelenskyy’s` → `zelenskyy s`.
public enum SearchKey {
    public static func of(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return ofASCII(name) }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var key = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace, !key.isEmpty { key.append(" ") }
                pendingSpace = false
                key.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return key
    }

    /// The key of an ASCII name, on its bytes: the same as Foundation's folding gives, as ASCII
    /// has no diacritics and its only alphanumerics are letters and digits.
    private static func ofASCII(_ name: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if pendingSpace, !key.isEmpty { key.append(0x20) }
                pendingSpace = false
                key.append(lower)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Levenshtein distance between two keys, giving up (returning `limit + 1`) past `limit`.
    /// - Complexity: O(n·m) at most, O(n·limit) in practice.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
