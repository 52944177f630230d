#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX file access: listing folders and reading whole files with one system call each
/// where possible (Foundation's URL-based calls cost more than the recognition of a short article).
enum FileSystem {
    enum Kind { case file, folder, missing, other }

    /// What is at `path`, following symbolic links.
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// Regular files under `folder`, recursively, whose names end in `.txt` (any case), sorted.
    static func textFiles(under folder: String) -> [String] {
        var files: [String] = []
        var pending = [folder]
        while let dir = pending.popLast() {
            guard let handle = opendir(dir) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                    switch kind(path) {
                    case .file: type = UInt8(DT_REG)
                    case .folder: type = UInt8(DT_DIR)
                    default: continue
                    }
                }
                if type == UInt8(DT_DIR) {
                    pending.append(path)
                } else if type == UInt8(DT_REG), name.lowercased().hasSuffix(".txt") {
                    files.append(path)
                }
            }
        }
        return files.sorted()
    }

    /// The current folder, or `/` when it cannot be read.
    static func currentFolder() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// `path` made absolute against `folder`, with `.`, `..` and repeated slashes resolved by
    /// its text alone (symbolic links are kept, as `URL.standardizedFileURL` keeps them).
    static func absolutePath(_ path: String, in folder: String) -> String {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var parts: [ArraySlice<UInt8>] = []
        for part in Array((path.hasPrefix("/") ? path : folder + "/" + path).utf8).split(separator: slash) where part != [dot] {
            if part == [dot, dot] { _ = parts.popLast() } else { parts.append(part) }
        }
        var bytes: [UInt8] = []
        for part in parts { bytes.append(slash); bytes += part }
        return bytes.isEmpty ? "/" : String(decoding: bytes, as: UTF8.self)
    }

    enum ReadError: Error {
        case cannotOpen(String)
        case tooLarge(Int)
    }

    /// The bytes of the file at `path`, refusing files over `limit` bytes.
    static func contents(_ path: String, limit: Int) throws(ReadError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, size - done) }
            if n < 0 { throw .cannotOpen(String(cString: strerror(errno))) }
            if n == 0 { break }
            done += n
        }
        if done < size { bytes.removeLast(size - done) }
        return bytes
    }
}
