import Graph
import NER
import PostgresNIO

/// The rows an export reads from a PostgreSQL store, a page of ``page`` rows at a time in the
/// order of their keys: entities with their aliases, action edges with the count and dates of
/// their evidence (aggregated by the server), co-mention edges from their smaller end's row.
/// Runs inside the store's ``PostgresGraphStore/read(_:)``.
struct PostgresExportRows: ExportRows {
    let store: PostgresGraphStore
    /// Rows read a query at a time: what the export holds in memory besides its selection.
    static let page = 10_000

    private var session: PostgresSession { store.session }

    func documentDates() throws -> ClosedRange<String>? {
        guard let row = try session.query("SELECT min(date), max(date) FROM documents WHERE date IS NOT NULL").first else { return nil }
        let (first, last) = try session.decode(row, (String?, String?).self)
        guard let first, let last else { return nil }
        return first...last
    }

    func entities(of types: Set<EntityType>) throws -> Set<Int64> {
        Set(try session.query("SELECT id FROM entities WHERE type = ANY(\(types.map(\.rawValue)))").map { try session.decode($0, Int64.self) })
    }

    func linked(to id: Int64, edges filter: EdgeFilter, minWeight: Int) throws -> [Int64] {
        try store.incidents(of: id, filter: filter, minWeight: minWeight).map(\.other)
    }

    func forEachEntity(_ body: (ExportNode) throws -> Void) throws {
        try forEachRow(from: Int64(0), { last in """
            SELECT e.id, e.name, e.type, e.mentions, e.documents, e.first_date, e.last_date,
                coalesce((SELECT array_agg(a.name ORDER BY a.name) FROM aliases a WHERE a.entity_id = e.id), '{}'::text[])
            FROM entities e WHERE e.id > \(last) ORDER BY e.id LIMIT \(Self.page)
            """ }) { row in
            let (id, name, type, mentions, documents, first, last, aliases) = try session.decode(
                row, (Int64, String, String, Int, Int, String?, String?, [String]).self)
            try body(ExportNode(id: id, name: name, type: EntityType(rawValue: type) ?? .place, mentions: mentions, documents: documents,
                                aliases: aliases, firstSeen: first, lastSeen: last))
            return (id, true)
        }
    }

    func forEachAction(minWeight: Int, evidence: Bool, _ body: (ExportEdge) throws -> Bool) throws {
        try forEachRow(from: Int64(0), { last in evidence ? """
            SELECT g.id, g.source, g.target, g.predicate, g.negated, g.sentences, g.documents, count(v.doc_id), min(d.date), max(d.date)
            FROM edges g LEFT JOIN evidence v ON v.edge_id = g.id LEFT JOIN documents d ON d.id = v.doc_id
            WHERE g.sentences + g.documents >= \(minWeight) AND g.id > \(last) GROUP BY g.id ORDER BY g.id LIMIT \(Self.page)
            """ : """
            SELECT id, source, target, predicate, negated, sentences, documents, 0::bigint, NULL::text, NULL::text FROM edges
            WHERE sentences + documents >= \(minWeight) AND id > \(last) ORDER BY id LIMIT \(Self.page)
            """ }) { row in
            let (id, source, target, predicate, negated, sentences, documents, rows, first, last) = try session.decode(
                row, (Int64, Int64, Int64, String, Bool, Int, Int, Int, String?, String?).self)
            return (id, try body(ExportEdge(id: id, source: source, target: target, kind: .action,
                                            predicate: ActionLabel.text(predicate: predicate, negated: negated), sentences: sentences,
                                            documents: documents, evidence: rows, firstSeen: first, lastSeen: last)))
        }
    }

    func forEachCoMention(minWeight: Int, _ body: (ExportEdge) throws -> Bool) throws {
        try forEachRow(from: [Int64(0), 0], { last in """
            SELECT entity, other, sentences, documents FROM co_mentions
            WHERE other > entity AND sentences + documents >= \(minWeight) AND (entity, other) > (\(last[0]), \(last[1]))
            ORDER BY entity, other LIMIT \(Self.page)
            """ }) { row in
            let (source, target, sentences, documents) = try session.decode(row, (Int64, Int64, Int, Int).self)
            return ([source, target], try body(ExportEdge(id: CoMentionID.of(source, target), source: source, target: target, kind: .coMention,
                                                          sentences: sentences, documents: documents)))
        }
    }

    /// Reads the rows `query` selects a page at a time, each page after the key of the last row
    /// of the one before (`start` first), calling `body` with each row until it returns false;
    /// `body` gives the row's key.
    private func forEachRow<Key>(from start: Key, _ query: (Key) -> PostgresQuery,
                                 _ body: (PostgresRow) throws -> (key: Key, goOn: Bool)) throws {
        var last = start
        while true {
            var count = 0
            for row in try session.query(query(last)) {
                let (key, goOn) = try body(row)
                guard goOn else { return }
                last = key
                count += 1
            }
            if count < Self.page { return }
        }
    }
}
