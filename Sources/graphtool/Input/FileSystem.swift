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

    /// The current folder, or `/` when it cannot be read.
    static func currentFolder() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// `path` made absolute against `folder`, then ``normalized(_:)``.
    static func absolutePath(_ path: String, in folder: String) -> String {
        normalized(path.hasPrefix("/") ? path : folder + "/" + path)
    }

    /// `path` with `.`, `..`, repeated and trailing slashes resolved by its text alone (symbolic
    /// links are kept, as `URL.standardizedFileURL` keeps them): `./x//a.txt` → `x/a.txt`,
    /// `x/../y/` → `y`; a relative path keeps the `..` that lead out of the current folder.
    static func normalized(_ path: String) -> String {
        guard path != "-" else { return path }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: "."), absolute = path.hasPrefix("/")
        var parts: [ArraySlice<UInt8>] = []
        for part in Array(path.utf8).split(separator: slash) where part != [dot] {
            if part == [dot, dot], let last = parts.last, last != [dot, dot] {
                parts.removeLast()
            } else if part != [dot, dot] || !absolute {
                parts.append(part)
            }
        }
        let joined = String(decoding: Array(parts.joined(separator: [slash])), as: UTF8.self)
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
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
