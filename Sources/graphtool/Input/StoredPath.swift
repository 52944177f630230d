import Graph
import NewsCollections

/// The path the store keys a document by.
enum StoredPath {
    /// A record's id (else its URL); a file's absolute path (against `folder`, the current one),
    /// standard input as `-`, each followed by `:line` for a record of many in it.
    static func of(record: DocumentRecord?, location: RecordLocation, in folder: String) -> String {
        if let id = record?.id { return id }
        let file = location.file
        let path = file == "-" ? file : FileSystem.absolutePath(file, in: folder)
        return location.line.map { "\(path):\($0)" } ?? path
    }
}
