/// A document's identity by content: 64-bit FNV-1a of its bytes, with their length.
///
/// Two files with the same bytes get the same hash, so the store counts them once.
/// - Complexity: O(n), about 1 GB/s.
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    public init(_ bytes: [UInt8]) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        value = "\(bytes.count)-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The hash of a document's text and of what its collection says about it (nil: a plain
    /// file, hashed by its bytes alone), so that a record whose title or date changed is changed.
    public init(text: [UInt8], record: DocumentRecord?) {
        self.init(record.map { text + [0] + $0.hashed } ?? text)
    }

    public var description: String { value }
}
