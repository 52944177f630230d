import Graph
import PostgresNIO

extension PostgresQuery.StringInterpolation {
    /// ` AND …` conditions that a row of the documents table `alias` passes `filter`, with the
    /// meaning ``DocumentFilter`` has on SQLite: dates within the bounds, both inclusive (a bound
    /// leaves out undated documents), and the source equal but for the case of ASCII letters (as
    /// SQLite's `NOCASE`); nothing when every document passes.
    mutating func appendInterpolation(documents filter: DocumentFilter, on alias: String) {
        if let since = filter.since {
            appendLiteral(" AND \(alias).date >= ")
            appendInterpolation(since)
        }
        if let until = filter.until {
            appendLiteral(" AND \(alias).date <= ")
            appendInterpolation(until)
        }
        if let source = filter.source {
            // Under the "C" collation, lower() changes ASCII letters only.
            appendLiteral(" AND lower(\(alias).source COLLATE \"C\") = lower(")
            appendInterpolation(source)
            appendLiteral(" COLLATE \"C\")")
        }
    }
}
