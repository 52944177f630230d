import GRDB

/// Takes documents out of the store with everything they contributed: mentions, evidence, and
/// the counts of the entities and edges they touched.
struct DocumentRemoval {
    let db: Database

    func remove(_ ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let list = ids.map(String.init).joined(separator: ",")
        let entities = try Int64.fetchSet(db, sql: "SELECT DISTINCT entity_id FROM mentions WHERE doc_id IN (\(list))")
        let named = entities.map(String.init).joined(separator: ",")
        let edges = try Int64.fetchSet(db, sql: """
            SELECT DISTINCT edge_id FROM evidence WHERE doc_id IN (\(list))
            UNION SELECT id FROM edges WHERE kind = ? AND source IN (\(named)) AND target IN (\(named))
            """, arguments: [EdgeKind.coMention])
        try db.execute(sql: """
            DELETE FROM mentions WHERE doc_id IN (\(list));
            DELETE FROM evidence WHERE doc_id IN (\(list));
            DELETE FROM documents WHERE id IN (\(list));
            """)
        let aggregates = Aggregates(db: db)
        try aggregates.refresh(edges: edges)
        try aggregates.refresh(entities: entities)
    }
}
