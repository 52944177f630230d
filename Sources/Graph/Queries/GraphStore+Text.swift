import Foundation
import GRDB

extension GraphStore {
    /// The text of the document stored under `path` (the path or record id ingest stored it
    /// under), as it was read; nil when no document has that path.
    public func text(ofDocument path: String) throws(GraphStoreError) -> String? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, text, bytes FROM documents WHERE path = ?", arguments: [path]) else { return nil }
            return String(decoding: try DocumentText.unpack(row[1], count: row[2], document: row[0]), as: UTF8.self)
        }
    }
}
