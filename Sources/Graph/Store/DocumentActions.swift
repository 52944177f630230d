import Foundation
import GRDB

/// The action edges each document states, with the number of its sentences stating each: one
/// row of `document_actions` per document that states any. Removal reads what a document added
/// from it, and action counts over any set of documents are summed from it (``ActionWindow``),
/// so that evidence rows need no index by document.
///
/// Packed per edge, in increasing id order: the gap to the previous id and the number of
/// sentences, both varints.
struct DocumentActions {
    let db: Database

    /// An action edge a document states, in `sentences` of its sentences.
    struct Stated: Equatable {
        var edge: Int64
        var sentences: Int
    }

    static func pack(_ stated: [Stated]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4 * stated.count)
        var previous: Int64 = 0
        for entry in stated {
            Varint.append(UInt64(entry.edge - previous), to: &bytes)
            Varint.append(UInt64(entry.sentences), to: &bytes)
            previous = entry.edge
        }
        return bytes
    }

    static func unpack(_ data: Data) -> [Stated] {
        data.withUnsafeBytes { bytes in
            var stated: [Stated] = []
            var at = 0
            var edge: Int64 = 0
            while at < bytes.count {
                edge += Int64(Varint.read(bytes, at: &at))
                stated.append(Stated(edge: edge, sentences: Int(Varint.read(bytes, at: &at))))
            }
            return stated
        }
    }

    /// A document's row: the edges it states, packed (``pack(_:)``).
    struct DocumentRow: BulkRow {
        var document: Int64
        var actions: [UInt8]

        func bind(into binder: inout ParameterBinder) {
            binder(document); binder(SQLiteBlob(elements: actions))
        }
    }

    /// Writes the rows of many documents, ``BulkInserter/rowsPerStatement`` a statement.
    typealias Inserter = BulkInserter<DocumentRow>

    /// An ``Inserter`` into `document_actions`, for documents that have no row yet.
    func inserter() throws -> Inserter {
        try Inserter(db, into: "document_actions", columns: ["doc_id", "actions"])
    }

    /// The edges each of `docs` states, by document; a document that states none is left out.
    func read(_ docs: some Sequence<Int64>) throws -> [Int64: [Stated]] {
        try DocumentRows.read(db, "actions", of: "document_actions", for: docs, decode: Self.unpack)
    }

    /// In each document of `sentences`, edge `from` becomes `into`, stated in that many sentences
    /// (its count, where the document states `into` already, is replaced); with `into` nil, `from`
    /// goes.
    func replace(_ from: Int64, by into: Int64?, sentences: [Int64: Int]) throws {
        let write = try db.cachedStatement(sql: "UPDATE document_actions SET actions = ? WHERE doc_id = ?")
        for (doc, var stated) in try read(sentences.keys) {
            stated.removeAll { $0.edge == from || $0.edge == into }
            if let into { stated.append(Stated(edge: into, sentences: sentences[doc]!)) }
            stated.sort { $0.edge < $1.edge }
            try write.execute(arguments: [Data(Self.pack(stated)), doc])
        }
    }
}
