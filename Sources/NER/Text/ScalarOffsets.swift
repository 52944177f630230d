/// Converts byte offsets into Unicode scalar offsets, for output that counts code points.
public struct ScalarOffsets: Sendable {
    private let bytes: [UInt8]
    private var byte = 0
    private var scalar = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The scalar offset of a byte offset. Calls with ascending offsets cost O(distance), eight
    /// bytes at a time; a smaller offset restarts from the beginning.
    public mutating func scalarOffset(ofByte target: Int) -> Int {
        if target < byte { byte = 0; scalar = 0 }
        var byte = self.byte, scalar = self.scalar
        bytes.withUnsafeBytes { raw in
            while byte + 8 <= target {
                let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    scalar += 8  // ASCII
                } else {
                    // Continuation bytes (10xxxxxx) have bit 7 set and bit 6 clear.
                    scalar += 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                }
                byte += 8
            }
            while byte < target {
                if raw[byte] & 0xC0 != 0x80 { scalar += 1 }
                byte += 1
            }
        }
        self.byte = byte
        self.scalar = scalar
        return scalar
    }
}
