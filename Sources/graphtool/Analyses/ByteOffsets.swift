/// Converts Unicode scalar offsets of a UTF-8 text into byte offsets: the inverse of
/// `ScalarOffsets`, for analyses read back from JSON Lines.
struct ByteOffsets {
    private let bytes: [UInt8]
    private var byte = 0
    private var scalar = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The byte offset of scalar offset `target`; nil past the end of the text. Calls with ascending
    /// offsets cost O(distance); a smaller offset restarts from the beginning.
    mutating func byteOffset(ofScalar target: Int) -> Int? {
        guard target >= 0 else { return nil }
        if target < scalar { byte = 0; scalar = 0 }
        while scalar < target {
            guard byte < bytes.count else { return nil }
            byte += 1
            // Continuation bytes (10xxxxxx) belong to the scalar before them.
            while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
            scalar += 1
        }
        return byte
    }
}
