import GRDB
internal import GRDBSQLite

/// Inserts rows into one table `rowsPerStatement` at a time, with one multi-row `INSERT`: for
/// the ingest's largest tables, where SQLite's work per statement is a large part of each row's
/// cost. Rows wait in memory (holding their values) until a statement's worth is there;
/// ``finish()`` writes the rest. Runs inside the caller's transaction.
///
/// The statements are `INSERT OR FAIL`: a failing row stops its statement without undoing the
/// rows before it, so SQLite keeps no statement journal; the error then rolls back the whole
/// transaction.
struct BulkInserter<each V: SQLiteBindable> {
    static var rowsPerStatement: Int { 32 }

    private let db: Database
    private let many: Statement
    private let one: BoundStatement
    private var pending: [(repeat each V)] = []

    /// - Parameters:
    ///   - columns: the table's columns, one per value of a row, in order.
    ///   - onConflict: an upsert clause (`DO UPDATE SET …`) for rows whose key is stored.
    init(_ db: Database, into table: String, columns: [String], onConflict: String? = nil) throws {
        self.db = db
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let head = "INSERT OR FAIL INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        let upsert = onConflict.map { " ON CONFLICT " + $0 } ?? ""
        many = try db.cachedStatement(sql: head + Array(repeating: row, count: Self.rowsPerStatement).joined(separator: ", ") + upsert)
        one = try BoundStatement(db, sql: head + row + upsert)
        pending.reserveCapacity(Self.rowsPerStatement)
    }

    /// Adds one row; writes the waiting rows once there are `rowsPerStatement` of them.
    mutating func add(_ values: repeat each V) throws {
        pending.append((repeat each values))
        guard pending.count == Self.rowsPerStatement else { return }
        let handle = many.sqliteStatement
        sqlite3_reset(handle)
        var index: Int32 = 1
        for row in pending {
            for value in repeat each row {
                try check(value.bind(to: handle, at: index))
                index += 1
            }
        }
        try check(sqlite3_step(handle), expecting: SQLITE_DONE)
        sqlite3_reset(handle)
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes the rows still waiting, one statement each.
    mutating func finish() throws {
        for row in pending { try one.run(repeat each row) }
        pending.removeAll()
    }

    private func check(_ code: Int32, expecting expected: Int32 = SQLITE_OK) throws {
        guard code != expected else { return }
        sqlite3_reset(many.sqliteStatement)
        throw db.error(code, running: many)
    }
}
