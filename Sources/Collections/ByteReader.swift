#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a chunk source a line or a byte at a time, holding only the chunk being read (and a line
/// that spans chunks).
struct ByteReader {
    private let source: any ChunkSource
    private var buffer: [UInt8]
    private var position = 0
    private var ended = false

    /// Reads `source`, whose first bytes (already read from it) are `prefix`.
    init(_ source: any ChunkSource, prefix: [UInt8] = []) {
        self.source = source
        buffer = prefix
    }

    /// The next byte, or nil at the end.
    @inline(__always)
    mutating func next() throws(ReadFailure) -> UInt8? {
        if position == buffer.count, try !refill() { return nil }
        position += 1
        return buffer[position - 1]
    }

    /// The next line without its `\n` (a last line may lack one), or nil at the end.
    mutating func nextLine() throws(ReadFailure) -> ArraySlice<UInt8>? {
        var searched = position
        while true {
            let found = buffer.withUnsafeBytes { raw -> Int? in
                guard searched < raw.count, let hit = memchr(raw.baseAddress! + searched, 0x0A, raw.count - searched) else { return nil }
                return raw.baseAddress!.distance(to: UnsafeRawPointer(hit))
            }
            if let found {
                defer { position = found + 1 }
                return buffer[position..<found]
            }
            searched = buffer.count - position
            if try !refill() {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return buffer[position...]
            }
            // refill moved the unread bytes to the front.
        }
    }

    /// All the bytes still to come.
    mutating func rest() throws(ReadFailure) -> [UInt8] {
        while try refill() {}
        defer { position = buffer.count }
        return Array(buffer[position...])
    }

    /// Drops the bytes already read and appends the next chunk; false at the end.
    private mutating func refill() throws(ReadFailure) -> Bool {
        if ended { return false }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        if try source.read(appendingTo: &buffer) { return true }
        ended = true
        return false
    }
}
