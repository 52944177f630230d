import GRDB
internal import GRDBSQLite

/// A value read from the first column of a row through SQLite's C API.
protocol SQLiteColumn {
    /// The value of column `index` (from 0) of the statement's current row.
    static func column(of statement: OpaquePointer, at index: Int32) -> Self
}

extension Int64: SQLiteColumn {
    static func column(of statement: OpaquePointer, at index: Int32) -> Int64 { sqlite3_column_int64(statement, index) }
}

extension String: SQLiteColumn {
    static func column(of statement: OpaquePointer, at index: Int32) -> String {
        sqlite3_column_text(statement, index).map { String(cString: $0) } ?? ""
    }
}

/// Runs one prepared query for many lookups, binding the values and reading the first column of
/// the first row through SQLite's C API: for the ingest's lookups by key, where GRDB's arguments
/// and cursors cost more than SQLite's own work. Runs inside the caller's transaction, if any.
struct RowReader {
    private let db: Database
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// The first column of the first row the query gives for `values`; nil when it gives none.
    func first<T: SQLiteColumn, each V: SQLiteBindable>(_ type: T.Type, _ values: repeat each V) throws -> T? {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        defer { sqlite3_reset(handle) }
        var index: Int32 = 1
        for value in repeat each values {
            let code = value.bind(to: handle, at: index)
            guard code == SQLITE_OK else { throw db.error(code, running: statement) }
            index += 1
        }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return T.column(of: handle, at: 0)
        case SQLITE_DONE: return nil
        case let code: throw db.error(code, running: statement)
        }
    }
}
