import Foundation

/// Buffered writing to standard output or standard error.
///
/// Bytes go into one fixed block that is written out whenever it fills, so that the many small
/// writes of an output format cost a bounds check and a copy each.
struct OutputBuffer {
    private let block: Block
    private let handle: FileHandle

    init(_ handle: FileHandle = .standardOutput) {
        self.handle = handle
        block = Block(capacity: 1 << 16)
    }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Writes literal text without building a `String`.
    mutating func write(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Writes a non-negative integer in decimal.
    mutating func write(_ number: Int) {
        var n = number
        var digits = 1
        var power = 10
        while power <= n, digits < 19 { digits += 1; power &*= 10 }
        if block.count + digits > block.capacity { flush() }
        let start = block.bytes + block.count
        for k in stride(from: digits - 1, through: 0, by: -1) {
            start[k] = UInt8(ascii: "0") + UInt8(n % 10)
            n /= 10
        }
        block.count += digits
    }

    /// Writes `text` as a JSON string literal, quotes included.
    mutating func writeJSONString(_ text: String) {
        var text = text
        appendByte(UInt8(ascii: "\""))
        text.withUTF8 { appendEscaped($0) }
        appendByte(UInt8(ascii: "\""))
    }

    /// Writes a rule, which writes itself in parts, as a JSON string literal, quotes included.
    mutating func writeJSONString(_ text: some TextOutputStreamable) {
        appendByte(UInt8(ascii: "\""))
        withUnsafeMutablePointer(to: &self) { buffer in
            var escaping = Escaping(buffer: buffer)
            text.write(to: &escaping)
        }
        appendByte(UInt8(ascii: "\""))
    }

    /// Appends what is written to it to `buffer` as the inside of a JSON string literal; it lives
    /// only while ``writeJSONString(_:)`` runs.
    private struct Escaping: TextOutputStream {
        let buffer: UnsafeMutablePointer<OutputBuffer>

        mutating func write(_ string: String) {
            var string = string
            string.withUTF8 { buffer.pointee.appendEscaped($0) }
        }
    }

    /// Appends runs that need no escaping whole, and escapes quotes, backslashes and control characters.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var run = 0
        for k in 0..<utf8.count {
            let b = utf8[k]
            guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
            append(UnsafeBufferPointer(rebasing: utf8[run..<k]))
            run = k + 1
            switch b {
            case UInt8(ascii: "\""): write("\\\"" as StaticString)
            case UInt8(ascii: "\\"): write("\\\\" as StaticString)
            case 0x0A: write("\\n" as StaticString)
            case 0x0D: write("\\r" as StaticString)
            case 0x09: write("\\t" as StaticString)
            default: write(String(format: "\\u%04x", b))
            }
        }
        append(UnsafeBufferPointer(rebasing: utf8[run...]))
    }

    private mutating func appendByte(_ byte: UInt8) {
        if block.count == block.capacity { flush() }
        block.bytes[block.count] = byte
        block.count += 1
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if block.count + bytes.count > block.capacity {
            flush()
            if bytes.count > block.capacity {
                handle.write(Data(bytes))
                return
            }
        }
        (block.bytes + block.count).update(from: base, count: bytes.count)
        block.count += bytes.count
    }

    mutating func flush() {
        guard block.count > 0 else { return }
        handle.write(Data(bytesNoCopy: block.bytes, count: block.count, deallocator: .none))
        block.count = 0
    }

    /// The buffer's memory, freed with the buffer.
    private final class Block {
        let bytes: UnsafeMutablePointer<UInt8>
        let capacity: Int
        var count = 0

        init(capacity: Int) {
            self.capacity = capacity
            bytes = .allocate(capacity: capacity)
        }

        deinit { bytes.deallocate() }
    }
}
