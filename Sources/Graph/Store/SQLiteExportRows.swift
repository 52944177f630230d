import GRDB
import NER

/// The rows an export reads from a SQLite store, streamed from cursors: entities merged with
/// their aliases, action edges with their evidence rows, co-mention edges from their runs
/// (``CoMentionRuns``). Held in memory: the document dates, while action edges are read.
struct SQLiteExportRows: ExportRows {
    let db: Database

    func documentDates() throws -> ClosedRange<String>? {
        let range = try Row.fetchOne(db, sql: "SELECT min(date), max(date) FROM documents WHERE date IS NOT NULL")
        guard let first: String = range?[0], let last: String = range?[1] else { return nil }
        return first...last
    }

    func entities(of types: Set<EntityType>) throws -> Set<Int64> {
        let list = types.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",")
        return try Int64.fetchSet(db, sql: "SELECT id FROM entities WHERE type IN (\(list))")
    }

    func linked(to id: Int64, edges filter: EdgeFilter, minWeight: Int) throws -> [Int64] {
        try Adjacency(db: db).incidents(of: id, filter: filter, minWeight: minWeight).map(\.other)
    }

    func forEachEntity(_ body: (ExportNode) throws -> Void) throws {
        let entities = try Row.fetchCursor(db, sql: "SELECT id, name, type, mentions, documents, first_date, last_date FROM entities ORDER BY id")
        let aliases = try Row.fetchCursor(db, sql: "SELECT entity_id, name FROM aliases ORDER BY entity_id, name")
        var pending = try aliases.next()
        while let row = try entities.next() {
            let id: Int64 = row[0]
            var names: [String] = []
            while let alias = pending, (alias[0] as Int64) <= id {
                if (alias[0] as Int64) == id { names.append(alias[1]) }
                pending = try aliases.next()
            }
            try body(ExportNode(id: id, name: row[1], type: EntityType(rawValue: row[2]) ?? .place, mentions: row[3], documents: row[4],
                                aliases: names, firstSeen: row[5], lastSeen: row[6]))
        }
    }

    func forEachAction(minWeight: Int, evidence: Bool, _ body: (ExportEdge) throws -> Bool) throws {
        // Document dates by id, read once: joining them per evidence row is a random read each.
        var dated: [Int64: String] = [:]
        if evidence {
            for row in try Row.fetchAll(db, sql: "SELECT id, date FROM documents WHERE date IS NOT NULL") { dated[row[0]] = row[1] }
        }
        let actions = try Row.fetchCursor(db, sql: """
            SELECT id, source, target, predicate, negated, sentences, documents FROM edges WHERE sentences + documents >= ? ORDER BY id
            """, arguments: [minWeight])
        let rows = evidence ? try Row.fetchCursor(db, sql: "SELECT edge_id, doc_id FROM evidence ORDER BY edge_id") : nil
        var pending = try rows?.next()
        while let row = try actions.next() {
            let id: Int64 = row[0]
            var edge = ExportEdge(id: id, source: row[1], target: row[2], kind: .action, predicate: ActionLabel.text(predicate: row[3], negated: row[4]),
                                  sentences: row[5], documents: row[6])
            while let found = pending, (found[0] as Int64) <= id {
                if (found[0] as Int64) == id {
                    edge.evidence += 1
                    if let date = dated[found[1]] {
                        edge.firstSeen = min(edge.firstSeen ?? date, date)
                        edge.lastSeen = max(edge.lastSeen ?? date, date)
                    }
                }
                pending = try rows?.next()
            }
            guard try body(edge) else { return }
        }
    }

    func forEachCoMention(minWeight: Int, _ body: (ExportEdge) throws -> Bool) throws {
        var going = true
        try CoMentionRuns(db: db).forEachEntity { entity, edges in
            for edge in edges where going && edge.other > entity && edge.weight >= minWeight {
                going = try body(ExportEdge(id: CoMentionID.of(entity, edge.other), source: entity, target: edge.other, kind: .coMention,
                                            sentences: edge.sentences, documents: edge.documents))
            }
        }
    }
}
