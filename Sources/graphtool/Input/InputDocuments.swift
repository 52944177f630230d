import Foundation
import NER

/// Turns command-line paths into documents: files, folders read recursively for `*.txt`
/// (``FolderWalk``: each real file once, hidden ones skipped), and `-` for standard input. A
/// document is named by its path as given, normalized (``FileSystem/normalized(_:)``), so that
/// `x/a.txt` and `y/a.txt` are two documents. Problems are reported per path and never stop the
/// other paths.
struct InputDocuments {
    /// Files larger than this are refused with a message saying how to proceed.
    var maxFileBytes: Int

    /// A path that could not be read, with a message for the user.
    struct Failure: Error {
        var message: String
    }

    /// One input to process: a file's path, or standard input.
    enum Item {
        case file(String)
        case standardInput
    }

    /// The inputs named by `paths`, in order; folders expand to their `*.txt` files sorted by path,
    /// each real file once (``FolderWalk/once(_:)``); links that loop are reported on `warnings`.
    func items(_ paths: [String], warnings: inout OutputBuffer) -> [Result<Item, Failure>] {
        var named: [Result<[FolderWalk.Found]?, Failure>] = []  // nil: standard input
        var walk = FolderWalk()
        for path in paths.map(FileSystem.normalized) {
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
                    ? .failure(Failure(message: "\(path): folder has no .txt files; name the files to read, or a folder that has some"))
                    : .success(files))
            }
        }
        warnings.flush()
        var files = FolderWalk.once(named.map { (try? $0.get()).flatMap { $0 } ?? [] }).makeIterator()
        return named.flatMap { entry -> [Result<Item, Failure>] in
            let chosen = files.next() ?? []
            switch entry {
            case .failure(let failure): return [.failure(failure)]
            case .success(nil): return [.success(.standardInput)]
            case .success: return chosen.map { .success(.file($0)) }
            }
        }
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
        case .file(let path):
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
