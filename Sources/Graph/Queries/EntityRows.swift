import Foundation
import GRDB
import NER

/// Reading entities and evidence sentences, shared by the queries.
enum EntityRows {
    /// The `entities` columns ``entity(_:from:)`` reads, each after `prefix` (a table alias).
    static func columns(prefix: String = "") -> String {
        ["id", "name", "type", "mentions", "documents", "first_date", "last_date"].map { prefix + $0 }.joined(separator: ", ")
    }

    static func entity(_ row: Row, from offset: Int = 0) -> GraphEntity {
        GraphEntity(id: row[offset], name: row[offset + 1], type: EntityType(rawValue: row[offset + 2]) ?? .place,
                    mentions: row[offset + 3], documents: row[offset + 4], firstSeen: row[offset + 5], lastSeen: row[offset + 6])
    }

    static func fetch(_ db: Database, where condition: String, _ arguments: StatementArguments = [], suffix: String = "") throws -> [GraphEntity] {
        try Row.fetchAll(db, sql: "SELECT \(columns()) FROM entities WHERE \(condition) \(suffix)", arguments: arguments).map { entity($0) }
    }

    static func fetch(_ db: Database, ids: some Collection<Int64>) throws -> [Int64: GraphEntity] {
        guard !ids.isEmpty else { return [:] }
        let list = ids.map(String.init).joined(separator: ",")
        return Dictionary(uniqueKeysWithValues: try fetch(db, where: "id IN (\(list))").map { ($0.id, $0) })
    }

    /// The sentences at `ranges` in document `doc`; none when the document does not pass `filter`.
    static func evidence(_ db: Database, doc: Int64, ranges: [Range<Int>], filter: DocumentFilter = DocumentFilter()) throws -> [Evidence] {
        let (condition, arguments) = filter.condition(on: "d", after: [doc])
        guard let row = try Row.fetchOne(db, sql: """
            SELECT path, date, nullif(title, ''), url, source, text, bytes FROM documents d WHERE id = ?1\(condition)
            """, arguments: arguments) else { return [] }
        let text = try DocumentText.unpack(row[5], count: row[6], document: doc)
        return ranges.map { range in
            let bytes = text[min(range.lowerBound, text.count)..<min(range.upperBound, text.count)]
            let sentence = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
            return Evidence(document: row[0], date: row[1], start: range.lowerBound, end: range.upperBound, sentence: sentence,
                            title: row[2], url: row[3], source: row[4])
        }
    }

    /// Up to `limit` sentences that state the edge `edge`, in document order: for co-mention, the
    /// sentences naming both ends (``SharedSentences``); for an action, its evidence rows. Only
    /// documents that pass `filter` are read. For a co-mention edge that counts no sentence, this
    /// reads every document naming both ends to find none: callers know its counts, and skip it.
    static func evidence(_ db: Database, edge: Int64, limit: Int, filter: DocumentFilter = DocumentFilter()) throws -> [Evidence] {
        guard limit > 0 else { return [] }
        if let (a, b) = CoMentionID.ends(edge) {
            return try SharedSentences(db: db).between(a, b, limit: limit, filter: filter)
                .flatMap { try evidence(db, doc: $0.doc, ranges: $0.sentences) }
        }
        var found: [Evidence] = []
        let (condition, arguments) = filter.condition(on: "d", after: [edge, limit])
        for row in try Row.fetchAll(db, sql: """
            SELECT e.doc_id, e.spans FROM evidence e JOIN documents d ON d.id = e.doc_id WHERE e.edge_id = ?1\(condition) LIMIT ?2
            """, arguments: arguments) {
            found += try evidence(db, doc: row[0], ranges: Array(Spans.ranges(row[1]).prefix(limit - found.count)))
            if found.count >= limit { break }
        }
        return found
    }
}
