import CZlib

/// The decompressed bytes of a gzip stream (several concatenated members too), inflated by zlib
/// as they are read.
final class GzipChunks: ChunkSource {
    private let input: any ChunkSource
    private var compressed: [UInt8]
    private var consumed = 0
    private var inputEnded = false
    /// Whether a member has begun and not yet ended.
    private var inMember = false
    /// zlib keeps a pointer to its stream, so the stream lives at a fixed address.
    private let stream: UnsafeMutablePointer<z_stream>
    private let scratch = ScratchBuffer()

    /// Inflates `input`, whose first bytes (already read from it) are `prefix`.
    init(_ input: any ChunkSource, prefix: [UInt8] = []) throws(ReadFailure) {
        self.input = input
        compressed = prefix
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 16: the largest window, gzip header and trailer only.
        // On failure deinit still runs (every property is set) and frees the stream.
        guard inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .badGzip("zlib could not start")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    func read(appendingTo buffer: inout [UInt8]) throws(ReadFailure) -> Bool {
        while true {
            if consumed == compressed.count {
                if inputEnded {
                    if inMember { throw .badGzip("the stream ends early: the file is cut short") }
                    return false
                }
                compressed.removeAll(keepingCapacity: true)
                consumed = 0
                if try !input.read(appendingTo: &compressed) { inputEnded = true }
                continue
            }
            if try inflate(appendingTo: &buffer) { return true }
        }
    }

    /// Inflates what input there is into up to one chunk of output; true when it produced bytes.
    private func inflate(appendingTo buffer: inout [UInt8]) throws(ReadFailure) -> Bool {
        let available = compressed.count - consumed
        let status = compressed.withUnsafeMutableBufferPointer { input in
            stream.pointee.next_in = input.baseAddress! + consumed
            stream.pointee.avail_in = UInt32(available)
            stream.pointee.next_out = scratch.bytes.baseAddress
            stream.pointee.avail_out = UInt32(scratch.bytes.count)
            return CZlib.inflate(stream, Z_NO_FLUSH)
        }
        consumed += available - Int(stream.pointee.avail_in)
        let produced = scratch.bytes.count - Int(stream.pointee.avail_out)
        buffer.append(contentsOf: scratch.bytes.prefix(produced))
        switch status {
        case Z_OK, Z_BUF_ERROR:
            inMember = true
        case Z_STREAM_END:
            inMember = false
            inflateReset(stream)
        default:
            let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
            throw .badGzip(detail)
        }
        stream.pointee.next_in = nil
        stream.pointee.next_out = nil
        return produced > 0
    }
}
