import Foundation

/// Where an export goes: standard output, a path or memory, written through a 64 KB buffer.
///
/// Formats of several files (``Neo4jCSVExporter``) treat the path as a folder and open one
/// output per file with ``file(named:)``.
public final class ExportOutput {
    /// Standard output, a file (or folder) path, or ``written`` (for a server's answer).
    public enum Destination: Sendable, Equatable {
        case standardOutput
        case path(String)
        case memory
    }

    public let destination: Destination
    private var handle: FileHandle?
    private var buffer: [UInt8] = []
    private var failure: ExportError?
    /// What was written to a `.memory` destination, complete after ``close()``.
    public private(set) var written: [UInt8] = []

    /// Opens `destination`; a file is created or truncated when first written, so a folder
    /// destination is not touched until ``file(named:)``.
    public init(_ destination: Destination) {
        self.destination = destination
        buffer.reserveCapacity(1 << 16)
    }

    /// A description of the destination for messages.
    public var name: String {
        switch destination {
        case .path(let path): return path
        case .standardOutput: return "standard output"
        case .memory: return "memory"
        }
    }

    /// An output for the file `name` inside this destination's folder, which is created if missing.
    public func file(named name: String, format: String) throws(ExportError) -> ExportOutput {
        guard case .path(let folder) = destination else { throw .needsFolder(format: format) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .output(path: folder, reason: error.localizedDescription)
        }
        return ExportOutput(.path((folder as NSString).appendingPathComponent(name)))
    }

    /// Appends text.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    /// Appends raw bytes.
    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes out the buffer and closes the file; reports the first write failure.
    public func close() throws(ExportError) {
        flush()
        if case .path = destination { try? handle?.close() }
        handle = nil
        if let failure { throw failure }
    }

    private func flush() {
        guard !buffer.isEmpty, failure == nil else { return buffer.removeAll(keepingCapacity: true) }
        if destination == .memory {
            written += buffer
            return buffer.removeAll(keepingCapacity: true)
        }
        do {
            if handle == nil { handle = try open() }
            try handle?.write(contentsOf: buffer)
        } catch let error as ExportError {
            failure = error
        } catch {
            failure = .output(path: name, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func open() throws -> FileHandle {
        switch destination {
        case .standardOutput:
            return .standardOutput
        case .memory:
            throw ExportError.output(path: name, reason: "memory is written without a file")
        case .path(let path):
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw ExportError.output(path: path, reason: "the file cannot be created")
            }
            return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        }
    }
}
