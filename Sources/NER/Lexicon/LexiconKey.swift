/// Builds lookup keys from tokens: the tokens' text joined by one space wherever the source
/// had whitespace between them (`New York`, `Agence France-Presse`), optionally lowercased (ASCII).
struct LexiconKey {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(64) }

    mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    /// How a token's letters are written into a key.
    enum Casing {
        /// As in the text.
        case asWritten
        /// ASCII letters lowercased, for word-class lists.
        case lowercased
        /// All-caps words with their first letter kept and the rest lowercased (`KYIV` → `Kyiv`).
        case titleCased
    }

    /// Appends a token's text, preceded by a space when it is not the first and had a gap before it.
    mutating func append(_ token: Token, from source: UnsafeBufferPointer<UInt8>, casing: Casing) {
        if !bytes.isEmpty, token.gap != .none { bytes.append(0x20) }
        let start = Int(token.start)
        let lowerAfterFirst = casing == .titleCased && token.shape.contains(.allCaps)
        for k in start..<Int(token.end) {
            let b = source[k]
            let lower = casing == .lowercased || (lowerAfterFirst && k > start)
            bytes.append(lower && b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
    }

    /// FNV-1a, 64-bit.
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return h
    }

    var hash: UInt64 { Self.hash(bytes) }

    static func lowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
