import Foundation
import Testing
import TestSupport

/// `extract` from standard input resolves names in windows and prints each window once resolved,
/// so that it runs as a streaming step on unbounded input.
@Suite("streaming extract")
struct StreamingExtractTests {
    static let records = [
        #"{"id": "1", "text": "Ukrainian Foreign Minister Dmytro Kuleba spoke in Kyiv."}"#,
        #"{"id": "2", "text": "Minister Halyna Petrenko met Dmytro Kuleba."}"#,
        #"{"id": "3", "text": "Petrenko said the talks went well."}"#,
    ]

    /// The canonical names of each output line's entities.
    func entities(_ stdout: String) throws -> [[String]] {
        try stdout.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return (object["entities"] as? [[String: Any]] ?? []).compactMap { $0["entity"] as? String }
        }
    }

    @Test("a name is resolved with the others of its window: Petrenko joins Halyna Petrenko only in the same window")
    func windows() throws {
        let input = Data((Self.records.joined(separator: "\n") + "\n").utf8)
        let options = ["extract", "--format", "jsonl", "--input-format", "jsonl", "--no-actions", "-"]
        let whole = try run(Fixtures.graphtool, options, input: input)
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try entities(whole.stdout) == [["Dmytro Kuleba", "Kyiv"], ["Halyna Petrenko", "Dmytro Kuleba"], ["Halyna Petrenko"]])
        let windowed = try run(Fixtures.graphtool, options + ["--window", "2"], input: input)
        #expect(try entities(windowed.stdout) == [["Dmytro Kuleba", "Kyiv"], ["Halyna Petrenko", "Dmytro Kuleba"], ["Petrenko"]])
        let refused = try run(Fixtures.graphtool, ["extract", "--entities", "--window", "2", "-"], input: input)
        #expect(refused.status != 0 && refused.stderr.contains("leave out --window"), "\(refused.stderr)")
    }

    @Test("a window is printed while standard input is still open")
    func streams() throws {
        let process = Process()
        process.executableURL = Fixtures.graphtool
        process.arguments = ["extract", "--format", "jsonl", "--input-format", "jsonl", "--no-actions", "--window", "1", "-"]
        process.environment = TestCache.environment(nil)
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((Self.records[0] + "\n" + Self.records[1] + "\n").utf8))
        // Read on another thread: if nothing comes before the input closes, give up after a minute.
        let first = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var received = Data()
        Thread.detachNewThread {
            while !received.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                received.append(chunk)
            }
            first.signal()
        }
        let arrived = first.wait(timeout: .now() + 60) == .success
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(arrived)
        #expect(String(decoding: received, as: UTF8.self).hasPrefix(#"{"doc": "1""#))
    }
}
