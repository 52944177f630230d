#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the bytes of a file stopped coming.
enum ReadFailure: Error {
    case unreadable(String)
    case badGzip(String)

    var kind: RecordProblem.Kind {
        switch self {
        case .unreadable(let reason): return .unreadable(reason: reason)
        case .badGzip(let detail): return .badGzip(detail: detail)
        }
    }
}

/// Bytes that arrive a chunk at a time, so that no file is ever held whole.
protocol ChunkSource: AnyObject {
    /// Appends the next chunk to `buffer`; false, with nothing appended, at the end of the input.
    func read(appendingTo buffer: inout [UInt8]) throws(ReadFailure) -> Bool
}

/// The bytes of an open file descriptor, read with `read(2)` in chunks of up to 256 KiB.
final class FileChunks: ChunkSource {
    private let descriptor: Int32
    private let owned: Bool
    private let scratch = ScratchBuffer()

    /// Opens the file at `path`.
    init(path: String) throws(ReadFailure) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw .unreadable("it is a folder")
        }
        owned = true
    }

    private init() {
        descriptor = 0
        owned = false
    }

    /// Standard input, left open when done.
    static func standardInput() -> FileChunks { FileChunks() }

    deinit {
        if owned { close(descriptor) }
    }

    func read(appendingTo buffer: inout [UInt8]) throws(ReadFailure) -> Bool {
        var count: Int
        repeat {
            #if canImport(Glibc)
            count = Glibc.read(descriptor, scratch.bytes.baseAddress, scratch.bytes.count)
            #else
            count = Darwin.read(descriptor, scratch.bytes.baseAddress, scratch.bytes.count)
            #endif
        } while count < 0 && errno == EINTR
        if count < 0 { throw .unreadable(String(cString: strerror(errno))) }
        buffer.append(contentsOf: scratch.bytes.prefix(count))
        return count > 0
    }
}

/// 256 KiB of memory to read or inflate into before the bytes read are appended where they go
/// (growing an array first would write every byte twice).
final class ScratchBuffer {
    let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 18)

    deinit { bytes.deallocate() }
}
