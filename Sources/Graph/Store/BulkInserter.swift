import GRDB
internal import GRDBSQLite

/// One row of a table ``BulkInserter`` writes.
protocol BulkRow {
    /// Binds the row's values through `binder`, in the order of the inserter's columns.
    func bind(into binder: inout ParameterBinder)
}

/// Binds values to a statement's parameters one after the other, from `index` on; keeps SQLite's
/// result code of the first that fails.
struct ParameterBinder {
    let statement: OpaquePointer
    var index: Int32
    private(set) var code = SQLITE_OK

    init(_ statement: OpaquePointer, from index: Int32) {
        self.statement = statement
        self.index = index
    }

    /// Binds `value` to the next parameter.
    mutating func callAsFunction<V: SQLiteBindable>(_ value: V) {
        if code == SQLITE_OK { code = value.bind(to: statement, at: index) }
        index += 1
    }
}

/// Inserts rows into one table `rowsPerStatement` at a time, with one multi-row `INSERT`: for
/// the ingest's largest tables, where SQLite's work per statement is a large part of each row's
/// cost. Rows wait in memory (holding their values) until a statement's worth is there;
/// ``finish()`` writes the rest. Runs inside the caller's transaction. Each table's rows are a
/// type of their own (``BulkRow``), so that holding and binding them is plain code for their
/// values' types.
///
/// The statements are `INSERT OR FAIL`: a failing row stops its statement without undoing the
/// rows before it, so SQLite keeps no statement journal; the error then rolls back the whole
/// transaction.
struct BulkInserter<Row: BulkRow> {
    static var rowsPerStatement: Int { 32 }

    private let db: Database
    private let many: Statement
    private let one: Statement
    private var pending: [Row] = []

    /// - Parameters:
    ///   - columns: the table's columns, in the order a row binds its values.
    ///   - onConflict: an upsert clause (`DO UPDATE SET …`) for rows whose key is stored.
    init(_ db: Database, into table: String, columns: [String], onConflict: String? = nil) throws {
        self.db = db
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let head = "INSERT OR FAIL INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        let upsert = onConflict.map { " ON CONFLICT " + $0 } ?? ""
        many = try db.cachedStatement(sql: head + Array(repeating: row, count: Self.rowsPerStatement).joined(separator: ", ") + upsert)
        one = try db.cachedStatement(sql: head + row + upsert)
        pending.reserveCapacity(Self.rowsPerStatement)
    }

    /// Adds one row; writes the waiting rows once there are `rowsPerStatement` of them.
    mutating func add(_ row: Row) throws {
        pending.append(row)
        guard pending.count == Self.rowsPerStatement else { return }
        try write(pending, with: many)
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes the rows still waiting, one statement each.
    mutating func finish() throws {
        for row in pending { try write(CollectionOfOne(row), with: one) }
        pending.removeAll()
    }

    /// Binds `rows` to `statement`'s parameters, one after the other, and runs it once.
    private func write(_ rows: some Collection<Row>, with statement: Statement) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var binder = ParameterBinder(handle, from: 1)
        for row in rows { row.bind(into: &binder) }
        let code = binder.code == SQLITE_OK ? sqlite3_step(handle) : binder.code
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw db.error(code, running: statement) }
    }
}
