import Foundation
import GRDB

/// Takes documents out of the store with everything they contributed: mentions, evidence, the
/// counts of the entities and action edges they touched (recomputed, ``Aggregates``), and the
/// counts each added to the co-mention edges between its entities (subtracted: one document,
/// and the sentences naming both, read from its mention rows). Entities and edges left with
/// nothing are deleted.
struct DocumentRemoval {
    let db: Database

    func remove(_ ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let list = ids.map(String.init).joined(separator: ",")
        var entities = Set<Int64>()
        var pairs = PairCounts()
        // Each document's entities with the sentences naming each, document after document.
        var sentencesOf: [Int64: Set<Range<Int>>] = [:]
        func addPairs() {
            let named = sentencesOf.keys.sorted()
            for (i, a) in named.enumerated() {
                for b in named[(i + 1)...] {
                    pairs.add(UInt64(CoMentionID.of(a, b)), sentences: sentencesOf[a]!.intersection(sentencesOf[b]!).count, documents: 1)
                }
            }
            sentencesOf.removeAll(keepingCapacity: true)
        }
        var doc: Int64?
        let rows = try Row.fetchCursor(db, sql: "SELECT doc_id, entity_id, spans FROM mentions WHERE doc_id IN (\(list)) ORDER BY doc_id")
        while let row = try rows.next() {
            let rowDoc: Int64 = row[0], entity: Int64 = row[1]
            if rowDoc != doc { addPairs(); doc = rowDoc }
            entities.insert(entity)
            sentencesOf[entity, default: []].formUnion(SharedSentences.sentences(row[2]))
        }
        addPairs()
        try CoMentionRuns(db: db).add(pairs, sign: -1)
        let actions = try Int64.fetchSet(db, sql: "SELECT DISTINCT edge_id FROM evidence WHERE doc_id IN (\(list))")
        try db.execute(sql: """
            DELETE FROM mentions WHERE doc_id IN (\(list));
            DELETE FROM evidence WHERE doc_id IN (\(list));
            DELETE FROM documents WHERE id IN (\(list));
            """)
        let aggregates = Aggregates(db: db)
        try aggregates.refresh(edges: actions)
        try aggregates.refresh(entities: entities)
    }
}
