import NewsCollections
import Foundation
import Graph
import NER

/// Turns command-line paths into documents: files, folders read recursively for files of a known
/// format (``FolderWalk``: each real file once, hidden ones skipped), and `-` for standard input.
///
/// A text file (or standard input, unless a format is given) is one document named by its path as
/// given, normalized (``FileSystem/normalized(_:)``), so that `x/a.txt` and `y/a.txt` are two
/// documents. Other files are read by ``CollectionReader``, a document a record, named by the
/// record's id, else its URL, else `path:line`. Problems are reported per path or record and never
/// stop the others.
struct InputDocuments {
    /// Files (and records) larger than this are refused with a message saying how to proceed.
    var maxFileBytes: Int
    /// The format of every input; nil to tell it by extension.
    var format: InputFormat? = nil
    /// Which fields of a record hold its text and metadata.
    var mapping = FieldMapping()

    /// One document read: its text and, for a record of a collection, what the collection says of it.
    struct Document {
        var source: SourceText
        /// Nil for a text file or standard input read as text.
        var record: DocumentRecord?
        /// The file as given (`-` for standard input) and, for a file of many records, the line.
        var location: RecordLocation
    }

    /// A path that could not be read, with a message for the user.
    struct Failure: Error {
        var message: String
    }

    /// One input to process: a file's path (`walked`: found in a folder rather than named), or
    /// standard input.
    enum Item {
        case file(String, walked: Bool)
        case standardInput
    }

    /// The inputs named by `paths`, in order; folders expand to their input files sorted by path,
    /// each real file once (``FolderWalk/once(_:)``); links that loop are reported on `warnings`.
    func items(_ paths: [String], warnings: inout OutputBuffer) -> [Result<Item, Failure>] {
        var named: [Result<[FolderWalk.Found]?, Failure>] = []  // nil: standard input
        var walked: [Bool] = []  // each of `named` is a folder's files
        var walk = FolderWalk()
        for path in paths.map(FileSystem.normalized) {
            walked.append(FileSystem.kind(path) == .folder)
            if path == "-" { named.append(.success(nil)); continue }
            switch FileSystem.kind(path) {
            case .missing:
                named.append(.failure(Failure(message: "\(path): no such file or folder")))
            case .file, .other:
                named.append(.success(FolderWalk.file(path).map { [$0] } ?? []))
            case .folder:
                let (files, loops) = walk.files(under: path)
                for loop in loops { warnings.write("graphtool: warning: \(loop)\n") }
                named.append(files.isEmpty && loops.isEmpty
                    ? .failure(Failure(message: "\(path): folder has no files of a known format (.txt, .jsonl, .ndjson, .json, .csv, .tsv, .html, .htm, each optionally .gz); name the files to read, or a folder that has some"))
                    : .success(files))
            }
        }
        warnings.flush()
        var files = FolderWalk.once(named.map { (try? $0.get()).flatMap { $0 } ?? [] }).makeIterator()
        return zip(named, walked).flatMap { entry, walked -> [Result<Item, Failure>] in
            let chosen = files.next() ?? []
            switch entry {
            case .failure(let failure): return [.failure(failure)]
            case .success(nil): return [.success(.standardInput)]
            case .success: return chosen.map { .success(.file($0, walked: walked)) }
            }
        }
    }

    /// Reads the documents of one input, calling `each` with each in order and reporting on
    /// `errors` each record skipped and why; false when the input or any of its records failed.
    ///
    /// A file found in a folder that gives no record, only records without text or of the wrong
    /// shape (a table of something else beside the articles, like a list of sources), is not a
    /// collection: it gets one warning and is no failure.
    func read(_ item: Result<Item, Failure>, reportingTo errors: inout OutputBuffer, _ each: (Document) throws -> Void) rethrows -> Bool {
        let path: String, walked: Bool
        switch item {
        case .failure: (path, walked) = ("", false)
        case .success(.standardInput): (path, walked) = ("-", false)
        case .success(.file(let file, let found)): (path, walked) = (file, found)
        }
        if path.isEmpty || readsAsText(path) {
            guard let source = load(item, reportingTo: &errors) else { return false }
            try each(Document(source: source, location: RecordLocation(file: path)))
            return true
        }
        var complete = true
        // A walked file's problems before its first record, while they say it may be no collection.
        var held: [RecordProblem]? = walked ? [] : nil
        func report(_ problems: [RecordProblem]) {
            for problem in problems { errors.write("graphtool: \(problem)\n") }
            if !problems.isEmpty { complete = false }
        }
        for result in CollectionReader(path: path, format: format, mapping: mapping, maxRecordBytes: maxFileBytes) {
            if let holding = held, case .failure(let problem) = result, Self.isNotArticle(problem), holding.count < 1000 {
                held?.append(problem)
                continue
            }
            report(held ?? [])
            held = nil
            switch result {
            case .failure(let problem):
                report([problem])
            case .success(let record):
                let metadata = DocumentRecord(id: record.id, title: record.title, date: record.date, url: record.url, source: record.source)
                try each(Document(source: SourceText(name: record.id ?? record.location.description, text: record.text),
                                  record: metadata, location: record.location))
            }
        }
        if let held, let first = held.first {
            errors.write("graphtool: warning: \(path): no record with article text (\(first)); not read as a collection; name the file to see every problem, or name its text field with --text-field\n")
        }
        return complete
    }

    /// Whether a problem says the record is not an article at all (no text, another shape),
    /// rather than a damaged one.
    private static func isNotArticle(_ problem: RecordProblem) -> Bool {
        switch problem.kind {
        case .missingText, .wrongFieldCount, .notAnObject: return true
        default: return false
        }
    }

    /// Whether `path` is read whole as one text document: a `.txt` file, a file of no known
    /// extension, or standard input, unless another format is given.
    private func readsAsText(_ path: String) -> Bool {
        guard !InputFormat.isCompressed(path: path) else { return false }
        return (format ?? (path == "-" ? nil : InputFormat(path: path)) ?? .text) == .text
    }

    /// Reads one input, reporting on `errors` why it failed (nil) or what it was warned about.
    func load(_ item: Result<Item, Failure>, reportingTo errors: inout OutputBuffer) -> SourceText? {
        switch item.flatMap(load) {
        case .failure(let failure):
            errors.write("graphtool: \(failure.message)\n")
            return nil
        case .success(let source):
            if source.bytes.isEmpty { errors.write("graphtool: warning: \(source.name): empty file\n") }
            for warning in source.warnings { errors.write("graphtool: warning: \(warning)\n") }
            return source
        }
    }

    /// Reads one input as a document.
    func load(_ item: Item) -> Result<SourceText, Failure> {
        switch item {
        case .standardInput:
            return check(Array(FileHandle.standardInput.readDataToEndOfFile()), name: "-", path: "standard input")
        case .file(let path, _):
            do {
                let bytes = try FileSystem.contents(path, limit: maxFileBytes)
                return check(bytes, name: path, path: path)
            } catch {
                switch error {
                case .tooLarge(let size):
                    return .failure(Failure(message: "\(path): \(size / 1_000_000) MB is over the \(maxFileBytes / 1_000_000) MB limit; split the file or raise --max-file-mb"))
                case .cannotOpen(let reason):
                    return .failure(Failure(message: "\(path): cannot read the file: \(reason)"))
                }
            }
        }
    }

    private func check(_ bytes: [UInt8], name: String, path: String) -> Result<SourceText, Failure> {
        if SourceText.firstIndex(of: 0, in: bytes, limit: 8192) != nil {
            return .failure(Failure(message: "\(path): looks like a binary file (it contains NUL bytes), not text; skipped"))
        }
        if bytes.count > maxFileBytes {
            return .failure(Failure(message: "\(path): \(bytes.count / 1_000_000) MB is over the \(maxFileBytes / 1_000_000) MB limit; split the input or raise --max-file-mb"))
        }
        return .success(SourceText(name: name, utf8: bytes))
    }
}
