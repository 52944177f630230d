#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text files of the folders named in one call, each real file once.
///
/// Folders are read recursively for `*.txt` (any case), following symbolic links; a file reached
/// under several paths (links, or a folder named twice) is read once, under the first of its paths
/// in sorted order; a link back to a folder being read is not followed and is reported once;
/// hidden files and folders (`.name`) are skipped unless named on the command line.
struct FolderWalk {
    /// A file's identity on the machine: device and inode.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The files already given out.
    private var seen: Set<FileID> = []
    /// The loops already reported, each as the folders it goes through.
    private var reported: Set<Set<FileID>> = []

    /// Whether the file at `path` (named on the command line) is new to the call; false when it
    /// was given out already, under this path or another.
    mutating func isNew(file path: String) -> Bool {
        guard let id = Self.identity(path) else { return true }
        return seen.insert(id).inserted
    }

    /// What one folder holds.
    struct Listing {
        /// The text files not given out already, sorted.
        var files: [String] = []
        /// Text files left out because they were given out already.
        var repeated = 0
        /// A warning for each link that loops back to a folder above it, each reported once per call.
        var warnings: [String] = []
    }

    /// The text files under `folder`.
    mutating func files(under folder: String) -> Listing {
        var listing = Listing()
        guard let root = Self.identity(folder) else { return listing }
        var found: [(path: String, id: FileID)] = []
        var walked: Set<FileID> = []
        visit(folder, id: root, above: [(root, folder)], walked: &walked, found: &found, warnings: &listing.warnings)
        for file in found.sorted(by: { $0.path < $1.path }) {
            if seen.insert(file.id).inserted { listing.files.append(file.path) } else { listing.repeated += 1 }
        }
        return listing
    }

    /// Reads `dir` (identity `id`) and the folders below it; `above` lists the folders on the way
    /// down, `dir` last; `walked` holds every folder read in this walk.
    private mutating func visit(_ dir: String, id: FileID, above: [(id: FileID, path: String)], walked: inout Set<FileID>,
                                found: inout [(path: String, id: FileID)], warnings: inout [String]) {
        guard walked.insert(id).inserted, let handle = opendir(dir) else { return }
        var folders: [(path: String, id: FileID)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let path = dir == "." ? name : dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var type = entry.pointee.d_type
            var entryID = FileID(device: id.device, inode: UInt64(entry.pointee.d_ino))
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) || type == UInt8(DT_DIR) {
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
                    folders.append((path, entryID))
                }
            } else if type == UInt8(DT_REG), name.lowercased().hasSuffix(".txt") {
                found.append((path, entryID))
            }
        }
        closedir(handle)
        for folder in folders {
            visit(folder.path, id: folder.id, above: above + [(folder.id, folder.path)], walked: &walked, found: &found, warnings: &warnings)
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
