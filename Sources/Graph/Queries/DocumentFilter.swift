import GRDB

/// Which documents a query takes its evidence (and `lookup` its documents) from: those dated
/// within `since`…`until` (both `YYYY-MM-DD`, inclusive) and published by `source` (ignoring
/// case). A bound excludes the documents without a date. The default takes every document.
public struct DocumentFilter: Sendable, Hashable {
    public var since: String?
    public var until: String?
    public var source: String?

    public init(since: String? = nil, until: String? = nil, source: String? = nil) {
        self.since = since
        self.until = until
        self.source = source
    }

    /// True when every document passes.
    public var passesAll: Bool { since == nil && until == nil && source == nil }

    /// ` AND …` conditions on the documents table `alias`, with numbered parameters following
    /// those of `leading`, and the arguments: `leading`, then the conditions' values; the
    /// conditions are empty when every document passes.
    func condition(on alias: String, after leading: [any DatabaseValueConvertible]) -> (sql: String, arguments: StatementArguments) {
        var sql = "", values: [any DatabaseValueConvertible] = leading
        for (test, value) in [("\(alias).date >=", since), ("\(alias).date <=", until), ("\(alias).source COLLATE NOCASE =", source)] {
            guard let value else { continue }
            sql += " AND \(test) ?\(values.count + 1)"
            values.append(value)
        }
        return (sql, StatementArguments(values))
    }
}
