import Foundation

/// The lines of a file, read a megabyte at a time, each without its line break, numbered from 1.
struct FileLines {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var number = 0
    private var ended = false

    init(path: String) throws {
        handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    }

    /// The next line and its number; nil at the end of the file.
    mutating func next() throws -> (number: Int, bytes: ArraySlice<UInt8>)? {
        var searched = start
        while true {
            if let newline = buffer[searched...].firstIndex(of: 0x0A) {
                defer { start = newline + 1 }
                number += 1
                return (number, buffer[start..<newline])
            }
            if ended {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                number += 1
                return (number, buffer[start...])
            }
            buffer.removeFirst(start)
            searched = buffer.count
            start = 0
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { ended = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
