import Foundation

/// What `ingest --analyses` reads: a file of `graphtool extract --for-ingest` lines, a folder of
/// them (the part files Spark and Hadoop write, sorted by name; names starting with `_` or `.`,
/// like `_SUCCESS`, are passed over) or `-`, standard input, kept in a temporary file so that it can
/// be read twice. Every line is checked before any is stored
/// (``check(workers:reportingTo:)``), so that a bad line leaves the store as it was.
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
    func check(workers: Int, reportingTo errors: inout OutputBuffer) throws(CommandFailure) -> Int {
        var documents = 0, bad = 0
        do {
            try forEachDocument(workers: workers) { file, number, document in
                switch document {
                case .success: documents += 1
                case .failure(let problem):
                    bad += 1
                    errors.write("graphtool: \(file):\(number): \(problem)\n")
                }
            }
        } catch {
            throw CommandFailure("\(error)")
        }
        errors.flush()
        guard bad == 0 else { throw CommandFailure("\(bad) of \(documents + bad) analyses cannot be stored (see above); nothing was stored") }
        return documents
    }

    /// Calls `each` with every document, in order; after ``check(workers:reportingTo:)``, throws
    /// only what `each` throws.
    func forEach(workers: Int, _ each: (IngestQueue.Document) throws -> Void) throws {
        try forEachDocument(workers: workers) { _, _, document in try each(try document.get()) }
    }

    /// Removes the copy of standard input.
    func close() {
        if let copy { try? FileManager.default.removeItem(atPath: copy) }
    }

    /// Decodes each non-blank line into a document, or the problem that stops it, calling `each`
    /// in order with its file's name and line number. Lines are decoded 64 at a time by `workers`
    /// threads, each with a decoder of its own.
    private func forEachDocument(workers: Int, _ each: (String, Int, Result<IngestQueue.Document, AnalysisProblem>) throws -> Void) throws {
        let decoders = (0..<max(1, workers)).map { _ in JSONDecoder() }
        for file in files {
            var lines: FileLines
            do { lines = try FileLines(path: file.path) } catch {
                throw CommandFailure("\(file.name): cannot read the file: \(error.localizedDescription)")
            }
            var group: [(number: Int, bytes: Data)] = []
            func decodeGroup() throws {
                let lines = group.map(\.bytes)
                let documents = ParallelMap.map(lines.count, workers: decoders.count) { worker, i in
                    Self.document(lines[i], decoder: decoders[worker])
                }
                for (line, document) in zip(group, documents) { try each(file.name, line.number, document) }
                group.removeAll(keepingCapacity: true)
            }
            while let (number, bytes) = try lines.next() {
                guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                group.append((number, Data(bytes)))
                if group.count == 64 { try decodeGroup() }
            }
            try decodeGroup()
        }
    }

    /// The document one line holds, or why it cannot be stored.
    private static func document(_ line: Data, decoder: JSONDecoder) -> Result<IngestQueue.Document, AnalysisProblem> {
        do {
            return .success(try decoder.decode(AnalysisLine.self, from: line).document())
        } catch let problem as AnalysisProblem {
            return .failure(problem)
        } catch let error as DecodingError {
            return .failure(AnalysisProblem(error))
        } catch {
            return .failure(.notJSON)
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
