import GRDB

/// The `edges.kind` column holds an integer per kind; queries bind and read ``EdgeKind`` values,
/// never the integers.
extension EdgeKind: DatabaseValueConvertible {
    /// The integer stored for the kind: 0 co-mention, 1 action.
    package var code: Int64 {
        switch self {
        case .coMention: 0
        case .action: 1
        }
    }

    public var databaseValue: DatabaseValue { code.databaseValue }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> EdgeKind? {
        allCases.first { $0.code == Int64.fromDatabaseValue(value) }
    }

}

/// Bound by GRDB's binding of its ``databaseValue``.
extension EdgeKind: SQLiteBindable {}
