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

    /// The sentences at `ranges` in document `doc`.
    static func evidence(_ db: Database, doc: Int64, ranges: [Range<Int>]) throws -> [Evidence] {
        guard let row = try Row.fetchOne(db, sql: "SELECT path, date FROM documents WHERE id = ?", arguments: [doc]) else { return [] }
        return try ranges.map { range in
            let bytes = try Data.fetchOne(db, sql: "SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                                          arguments: [range.lowerBound + 1, range.count, doc]) ?? Data()
            let sentence = String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
            return Evidence(document: row[0], date: row[1], start: range.lowerBound, end: range.upperBound, sentence: sentence)
        }
    }

    /// Up to `limit` sentences that state the edge `edge`, in document order: for co-mention, the
    /// sentences naming both ends (``SharedSentences``); for an action, its evidence rows.
    static func evidence(_ db: Database, edge: Int64, limit: Int) throws -> [Evidence] {
        guard limit > 0 else { return [] }
        if let (a, b) = CoMentionID.ends(edge) {
            let sentences = try Int.fetchOne(db.cachedStatement(sql: "SELECT sentences FROM co_mentions WHERE entity = ? AND other = ?"), arguments: [a, b])
            guard sentences ?? 0 > 0 else { return [] }
            return try SharedSentences(db: db).between(a, b, limit: limit).flatMap { try evidence(db, doc: $0.doc, ranges: $0.sentences) }
        }
        var found: [Evidence] = []
        for row in try Row.fetchAll(db, sql: "SELECT doc_id, spans FROM evidence WHERE edge_id = ? LIMIT ?", arguments: [edge, limit]) {
            found += try evidence(db, doc: row[0], ranges: Array(Spans.ranges(row[1]).prefix(limit - found.count)))
            if found.count >= limit { break }
        }
        return found
    }
}
