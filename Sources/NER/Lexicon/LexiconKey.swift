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
        let start = Int(token.start), end = Int(token.end)
        switch casing {
        case .lowercased:
            for k in start..<end { bytes.append(Self.lowercased(source[k])) }
        case .titleCased where token.shape.contains(.allCaps):
            bytes.append(source[start])
            for k in (start + 1)..<end { bytes.append(Self.lowercased(source[k])) }
        case .asWritten, .titleCased:
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<end]))
        }
    }

    /// An ASCII capital as its lowercase letter; any other byte as it is.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// FNV-1a, 64-bit.
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return h
    }

    /// FNV-1a of a string's UTF-8, read as one buffer.
    static func hash(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { hash($0) }
    }

    var hash: UInt64 { Self.hash(bytes) }

    static func lowercased(_ text: String) -> String {
        String(decoding: text.utf8.map(lowercased), as: UTF8.self)
    }
}
