#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a chunk source a line, a run or a byte at a time, holding only the chunk being read (and
/// a line or field that spans chunks).
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

    /// A line: its bytes, or that it was longer than allowed.
    enum Line {
        case bytes(ArraySlice<UInt8>)
        case tooLong
    }

    /// The next line without its `\n` (a last line may lack one), or nil at the end. A line over
    /// `limit` bytes is read past without being kept.
    mutating func nextLine(limit: Int) throws(ReadFailure) -> Line? {
        var searched = position
        var tooLong = false
        while true {
            let found = buffer.withUnsafeBytes { raw -> Int? in
                guard searched < raw.count, let hit = memchr(raw.baseAddress! + searched, 0x0A, raw.count - searched) else { return nil }
                return raw.baseAddress!.distance(to: UnsafeRawPointer(hit))
            }
            if let found {
                defer { position = found + 1 }
                return tooLong || found - position > limit ? .tooLong : .bytes(buffer[position..<found])
            }
            if buffer.count - position > limit {
                tooLong = true
                position = buffer.count
            }
            searched = buffer.count - position
            if try !refill() {
                guard position < buffer.count || tooLong else { return nil }
                defer { position = buffer.count }
                return tooLong ? .tooLong : .bytes(buffer[position...])
            }
            // refill moved the unread bytes to the front.
        }
    }

    /// All the bytes still to come, or nil when they are more than `limit` (then not all are read).
    mutating func rest(limit: Int) throws(ReadFailure) -> [UInt8]? {
        while try refill() {
            if buffer.count - position > limit { return nil }
        }
        defer { position = buffer.count }
        return buffer.count - position > limit ? nil : Array(buffer[position...])
    }

    /// Where ``read(into:until:_:atMost:)`` stopped.
    enum Stop: Equatable {
        /// At this stop byte, which was read past.
        case byte(UInt8)
        /// At the end of the input.
        case end
        /// Where `out` grew past the limit.
        case full
    }

    /// Appends the bytes before the next `a` or `b` to `out`, reading past the stop byte, unless
    /// `out` would hold more than `atMost` bytes.
    mutating func read(into out: inout [UInt8], until a: UInt8, _ b: UInt8, atMost: Int) throws(ReadFailure) -> Stop {
        while true {
            let stop = buffer.withUnsafeBufferPointer { bytes in
                var i = position
                while i < bytes.count, bytes[i] != a, bytes[i] != b { i += 1 }
                return i
            }
            guard out.count + stop - position <= atMost else { return .full }
            out.append(contentsOf: buffer[position..<stop])
            position = stop
            if stop < buffer.count {
                position += 1
                return .byte(buffer[stop])
            }
            if try !refill() { return .end }
        }
    }

    /// Steps over a UTF-8 byte-order mark at the current position.
    mutating func skipByteOrderMark() throws(ReadFailure) {
        while buffer.count - position < 3, try refill() {}
        if buffer[position...].starts(with: [0xEF, 0xBB, 0xBF]) { position += 3 }
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
