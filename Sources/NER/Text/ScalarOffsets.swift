/// Converts byte offsets into Unicode scalar offsets, for output that counts code points.
public struct ScalarOffsets: Sendable {
    private let bytes: [UInt8]
    private var byte = 0
    private var scalar = 0

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The scalar offset of a byte offset. Calls with ascending offsets cost O(distance); a
    /// smaller offset restarts from the beginning.
    public mutating func scalarOffset(ofByte target: Int) -> Int {
        if target < byte { byte = 0; scalar = 0 }
        while byte < target {
            if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
        return scalar
    }
}
