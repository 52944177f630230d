import Foundation

/// What `ingest --analyses` reads: a file of `graphtool extract --for-ingest` lines, a folder of
/// them (the part files Spark and Hadoop write, sorted by name; names starting with `_` or `.`,
/// like `_SUCCESS`, are passed over) or `-`, standard input, kept in a temporary file so that it can
/// be read twice. Every line is checked before any is stored (``check()``), so that a bad line
/// leaves the store as it was.
struct AnalysesInput {
    /// A file to read and the name messages give it.
    private struct File {
        var path: String
        var name: String
    }
    private let files: [File]
    /// The copy of standard input, removed by ``close()``.
    private let copy: String?

    /// The lines given are only found, not yet read; a file or folder that cannot be read fails.
    init(_ given: String) throws(CommandFailure) {
        if given == "-" {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("graphtool-analyses-\(UUID().uuidString).jsonl").path
            do {
                try Self.copyStandardInput(to: path)
            } catch {
                throw CommandFailure("cannot keep standard input in \(path): \(error.localizedDescription); write it to a file and name that")
            }
            files = [File(path: path, name: "standard input")]
            copy = path
            return
        }
        copy = nil
        switch FileSystem.kind(given) {
        case .file:
            files = [File(path: given, name: given)]
        case .folder:
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: given)) ?? [])
                .filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
            files = names.map { given.hasSuffix("/") ? given + $0 : given + "/" + $0 }.filter { FileSystem.kind($0) == .file }.map { File(path: $0, name: $0) }
            guard !files.isEmpty else { throw CommandFailure("\(given): no files of analyses in the folder; name the folder `extract --for-ingest` part files were written to") }
        case .missing, .other:
            throw CommandFailure("\(given): no such file or folder; name the output of `graphtool extract --for-ingest`, or - for standard input")
        }
    }

    /// Checks every line, reporting each problem on `errors` as `FILE:LINE: problem`; returns the
    /// number of documents, or throws when any line cannot be stored.
    func check(reportingTo errors: inout OutputBuffer) throws(CommandFailure) -> Int {
        var documents = 0, bad = 0
        do {
            try forEachLine { file, number, line in
                do {
                    _ = try line.get().document()
                    documents += 1
                } catch {
                    bad += 1
                    errors.write("graphtool: \(file):\(number): \(error)\n")
                }
            }
        } catch {
            throw CommandFailure("\(error)")
        }
        errors.flush()
        guard bad == 0 else { throw CommandFailure("\(bad) of \(documents + bad) analyses cannot be stored (see above); nothing was stored") }
        return documents
    }

    /// Calls `each` with every document, in order; after ``check()``, throws only what `each` throws.
    func forEach(_ each: (IngestQueue.Document) throws -> Void) throws {
        try forEachLine { _, _, line in try each(try line.get().document()) }
    }

    /// Removes the copy of standard input.
    func close() {
        if let copy { try? FileManager.default.removeItem(atPath: copy) }
    }

    /// Decodes each non-blank line, calling `each` with its file's name, its number and the line,
    /// or a problem when it does not decode.
    private func forEachLine(_ each: (String, Int, Result<AnalysisLine, AnalysisProblem>) throws -> Void) throws {
        let decoder = JSONDecoder()
        for file in files {
            var lines: FileLines
            do { lines = try FileLines(path: file.path) } catch {
                throw CommandFailure("\(file.name): cannot read the file: \(error.localizedDescription)")
            }
            while let (number, bytes) = try lines.next() {
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                let line: Result<AnalysisLine, AnalysisProblem>
                do {
                    line = .success(try decoder.decode(AnalysisLine.self, from: Data(bytes)))
                } catch let problem as AnalysisProblem {
                    line = .failure(problem)
                } catch let error as DecodingError {
                    line = .failure(AnalysisProblem(error))
                } catch {
                    line = .failure(.notJSON)
                }
                try each(file.name, number, line)
            }
        }
    }

    private static func copyStandardInput(to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? out.close() }
        while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
            try out.write(contentsOf: chunk)
        }
    }
}
