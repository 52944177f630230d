#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsCollections

/// The input files of the files and folders named in one call, each real file once.
///
/// Folders are read recursively for files of a known format (``InputFormat/init(path:)``: `.txt`,
/// `.jsonl`, `.csv`, `.tsv`, `.html` and the like, each optionally `.gz`, any case), following
/// symbolic links. A file reached
/// under several paths (links, a folder named twice) is read once: under a path that goes through
/// no link if it has one, else under the first of its paths (in the order of the call, each
/// folder's files sorted). A link back to a folder being read is not followed and is reported
/// once. Hidden files and folders (`.name`) are skipped unless named on the command line.
struct FolderWalk {
    /// A file's identity on the machine: device and inode.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// An input file found, under one of its paths.
    struct Found {
        var path: String
        var id: FileID
        /// Reached through a symbolic link (to the file or to a folder above it).
        var linked: Bool
    }

    /// The loops already reported, each as the folders it goes through.
    private var reported: Set<Set<FileID>> = []

    /// The file at `path`, named on the command line; nil when it cannot be read.
    static func file(_ path: String) -> Found? {
        identity(path).map { Found(path: path, id: $0, linked: false) }
    }

    /// The input files under `folder`, sorted by path, and a warning for each loop of links not
    /// reported before.
    mutating func files(under folder: String) -> (files: [Found], warnings: [String]) {
        guard let root = Self.identity(folder) else { return ([], []) }
        var found: [Found] = []
        var warnings: [String] = []
        var walked: Set<FileID> = []
        visit(folder, id: root, linked: false, above: [(root, folder)], walked: &walked, found: &found, warnings: &warnings)
        return (found.sorted { $0.path < $1.path }, warnings)
    }

    /// Each file of `groups` (the files of each path of the call, in order) under the one path it
    /// is read by: a path through no link if any, else its first.
    static func once(_ groups: [[Found]]) -> [[String]] {
        var chosen: [FileID: String] = [:]
        for direct in [true, false] {
            for found in groups.joined() where (!found.linked || !direct) && chosen[found.id] == nil {
                chosen[found.id] = found.path
            }
        }
        var given = Set<FileID>()
        return groups.map { files in
            files.filter { chosen[$0.id] == $0.path && given.insert($0.id).inserted }.map(\.path)
        }
    }

    /// Reads `dir` (identity `id`, reached through a link when `linked`) and the folders below it;
    /// `above` lists the folders on the way down, `dir` last; `walked` holds every folder read in
    /// this walk.
    private mutating func visit(_ dir: String, id: FileID, linked: Bool, above: [(id: FileID, path: String)], walked: inout Set<FileID>,
                                found: inout [Found], warnings: inout [String]) {
        guard walked.insert(id).inserted, let handle = opendir(dir) else { return }
        var folders: [Found] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = dir == "." ? name : dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var type = entry.pointee.d_type
            let isLink = type == UInt8(DT_LNK)
            var entryID = FileID(device: id.device, inode: UInt64(entry.pointee.d_ino))
            if type == UInt8(DT_UNKNOWN) || isLink || type == UInt8(DT_DIR) {
                guard let (kind, real) = Self.status(path) else { continue }
                type = kind
                entryID = real
            }
            if type == UInt8(DT_DIR) {
                if let loop = above.firstIndex(where: { $0.id == entryID }) {
                    // Reached again from another folder of the loop, it is the same loop.
                    if reported.insert(Set(above[loop...].map(\.id))).inserted {
                        warnings.append("\(path): links back to \(above[loop].path), a folder it is in; not followed")
                    }
                } else {
                    folders.append(Found(path: path, id: entryID, linked: linked || isLink))
                }
            } else if type == UInt8(DT_REG), InputFormat(path: name) != nil {
                found.append(Found(path: path, id: entryID, linked: linked || isLink))
            }
        }
        closedir(handle)
        for folder in folders {
            visit(folder.path, id: folder.id, linked: folder.linked, above: above + [(folder.id, folder.path)],
                  walked: &walked, found: &found, warnings: &warnings)
        }
    }

    /// The device and inode of what `path` names, following links.
    static func identity(_ path: String) -> FileID? {
        status(path)?.id
    }

    /// The `d_type` of what `path` names (`DT_REG`, `DT_DIR`, else `DT_UNKNOWN`), following links,
    /// with its identity.
    private static func status(_ path: String) -> (type: UInt8, id: FileID)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let type: UInt8 = switch info.st_mode & S_IFMT {
        case S_IFREG: UInt8(DT_REG)
        case S_IFDIR: UInt8(DT_DIR)
        default: UInt8(DT_UNKNOWN)
        }
        return (type, FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }
}
