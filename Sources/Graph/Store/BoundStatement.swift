import GRDB
internal import GRDBSQLite

/// A value ``BoundStatement`` binds straight through SQLite's C API.
protocol SQLiteBindable {
    /// Binds the value to parameter `index` (from 1); returns SQLite's result code.
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32
}

/// One prepared statement run many times, binding each value (and reading a result) through
/// SQLite's C API: for the ingest's bulk rows and lookups by key, where GRDB's
/// `StatementArguments` (an array of boxed values per run) and cursors cost more than SQLite's own
/// work. Runs inside the caller's transaction, if any.
struct BoundStatement {
    private let db: Database
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Binds `values` to the statement's parameters in order and runs it once, to its end.
    func run<each V: SQLiteBindable>(_ values: repeat each V) throws {
        let handle = try bind(repeat each values)
        try check(sqlite3_step(handle), expecting: SQLITE_DONE)
        sqlite3_reset(handle)
    }

    /// The first column of the first row the query gives for `values`; nil when it gives none.
    func first<T: SQLiteColumn, each V: SQLiteBindable>(_ type: T.Type, _ values: repeat each V) throws -> T? {
        let handle = try bind(repeat each values)
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return T.column(of: handle, at: 0)
        case SQLITE_DONE: return nil
        case let code: throw db.error(code, running: statement)
        }
    }

    /// Calls `body` with each row the query gives for `values`, in the order SQLite gives them.
    func forEachRow<each V: SQLiteBindable>(_ values: repeat each V, do body: (ResultRow) throws -> Void) throws {
        let handle = try bind(repeat each values)
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW: try body(ResultRow(handle: handle))
            case SQLITE_DONE: return
            case let code: throw db.error(code, running: statement)
            }
        }
    }

    /// Resets the statement and binds `values` to its parameters in order; returns its handle.
    private func bind<each V: SQLiteBindable>(_ values: repeat each V) throws -> OpaquePointer {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var index: Int32 = 1
        for value in repeat each values {
            try check(value.bind(to: handle, at: index))
            index += 1
        }
        return handle
    }

    private func check(_ code: Int32, expecting expected: Int32 = SQLITE_OK) throws {
        guard code != expected else { return }
        sqlite3_reset(statement.sqliteStatement)
        throw db.error(code, running: statement)
    }
}

extension Database {
    /// The error SQLite reported with result `code` while running `statement`.
    func error(_ code: Int32, running statement: Statement) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)), sql: statement.sql)
    }
}

/// The current row of a ``BoundStatement`` query, read through SQLite's C API; valid only
/// inside the call that gives it.
struct ResultRow {
    fileprivate let handle: OpaquePointer

    /// The value of column `index` (from 0).
    subscript<T: SQLiteColumn>(_ index: Int32) -> T { T.column(of: handle, at: index) }

    /// Calls `body` with the bytes of column `index` (from 0), as stored: empty for NULL.
    func withBytes<R>(_ index: Int32, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let start = sqlite3_column_blob(handle, index)
        return try body(UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : Int(sqlite3_column_bytes(handle, index))))
    }
}

/// A value read from a column of a row through SQLite's C API.
protocol SQLiteColumn {
    /// The value of column `index` (from 0) of the statement's current row.
    static func column(of statement: OpaquePointer, at index: Int32) -> Self
}

extension Int64: SQLiteColumn {
    static func column(of statement: OpaquePointer, at index: Int32) -> Int64 { sqlite3_column_int64(statement, index) }
}

extension Int: SQLiteColumn {
    static func column(of statement: OpaquePointer, at index: Int32) -> Int { Int(sqlite3_column_int64(statement, index)) }
}

extension String: SQLiteColumn {
    static func column(of statement: OpaquePointer, at index: Int32) -> String {
        sqlite3_column_text(statement, index).map { String(cString: $0) } ?? ""
    }
}

/// Tells SQLite to copy the bytes before the bind call returns.
private let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

extension Int64: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, self) }
}

extension Int: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, Int64(self)) }
}

extension Bool: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, self ? 1 : 0) }
}

extension String: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        var text = self
        return text.withUTF8 { sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), transient) }
    }
}

extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        self?.bind(to: statement, at: index) ?? sqlite3_bind_null(statement, index)
    }
}

/// The memory of array elements bound as a blob, as is: document bytes, or offsets already in
/// the little-endian form ``Spans`` reads.
struct SQLiteBlob<Element: BitwiseCopyable>: SQLiteBindable {
    var elements: ArraySlice<Element>

    init(elements: ArraySlice<Element>) { self.elements = elements }
    init(elements: [Element]) { self.elements = elements[...] }

    // Specialized for the stored kinds: bulk inserts reach it through its conformance.
    @_specialize(where Element == UInt8)
    @_specialize(where Element == UInt32)
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        guard !elements.isEmpty else { return sqlite3_bind_zeroblob(statement, index, 0) }
        return elements.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), transient) }
    }
}
