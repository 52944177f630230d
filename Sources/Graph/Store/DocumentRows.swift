import Foundation
import GRDB

/// Per-document lists kept one row a document (``DocumentEntities``, ``DocumentActions``).
enum DocumentRows {
    /// The packed list in `column` of the row of `table` for each of `docs` that has one,
    /// decoded by `decode`, by document.
    static func read<List>(_ db: Database, _ column: String, of table: String, for docs: some Sequence<Int64>,
                           decode: (Data) -> List) throws -> [Int64: List] {
        var found: [Int64: List] = [:]
        let statement = try db.cachedStatement(sql: "SELECT \(column) FROM \(table) WHERE doc_id = ?")
        for doc in docs {
            if let data = try Data.fetchOne(statement, arguments: [doc]) { found[doc] = decode(data) }
        }
        return found
    }
}
