import Foundation
import NER

/// Turns command-line paths into documents: files, folders read recursively for `*.txt`, and `-`
/// for standard input. Problems are reported per path and never stop the other paths.
struct InputDocuments {
    /// Files larger than this are refused with a message saying how to proceed.
    var maxFileBytes: Int

    /// A path that could not be read, with a message for the user.
    struct Failure: Error {
        var message: String
    }

    /// One input to process: a file's URL, or standard input.
    enum Item {
        case file(URL)
        case standardInput
    }

    /// The inputs named by `paths`, in order; folders expand to their `*.txt` files sorted by path.
    func items(_ paths: [String]) -> [Result<Item, Failure>] {
        var items: [Result<Item, Failure>] = []
        for path in paths {
            if path == "-" { items.append(.success(.standardInput)); continue }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                items.append(.failure(Failure(message: "\(path): no such file or folder")))
                continue
            }
            guard isFolder.boolValue else { items.append(.success(.file(URL(fileURLWithPath: path)))); continue }
            let files = textFiles(in: URL(fileURLWithPath: path))
            if files.isEmpty {
                items.append(.failure(Failure(message: "\(path): folder has no .txt files; name the files to read, or a folder that has some")))
            }
            items += files.map { .success(.file($0)) }
        }
        return items
    }

    private func textFiles(in folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where url.pathExtension.lowercased() == "txt" {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Reads one input as a document.
    func load(_ item: Item) -> Result<SourceText, Failure> {
        switch item {
        case .standardInput:
            return check(Array(FileHandle.standardInput.readDataToEndOfFile()), name: "-", path: "standard input")
        case .file(let url):
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maxFileBytes {
                return .failure(Failure(message: "\(url.path): \(size / 1_000_000) MB is over the \(maxFileBytes / 1_000_000) MB limit; split the file or raise --max-file-mb"))
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                return .failure(Failure(message: "\(url.path): cannot read the file (check its permissions)"))
            }
            return check(Array(data), name: url.lastPathComponent, path: url.path)
        }
    }

    private func check(_ bytes: [UInt8], name: String, path: String) -> Result<SourceText, Failure> {
        if bytes.prefix(8192).contains(0) {
            return .failure(Failure(message: "\(path): looks like a binary file (it contains NUL bytes), not text; skipped"))
        }
        if bytes.count > maxFileBytes {
            return .failure(Failure(message: "\(path): \(bytes.count / 1_000_000) MB is over the \(maxFileBytes / 1_000_000) MB limit; split the input or raise --max-file-mb"))
        }
        return .success(SourceText(name: name, utf8: bytes))
    }
}
