import Foundation
import GRDB

/// Takes documents out of the store with everything they contributed: mentions, evidence,
/// postings, the counts of the entities and action edges they touched (recomputed,
/// ``Aggregates``), and the counts each added to the co-mention edges between its entities
/// (subtracted: one document, and the sentences naming both, read from its postings,
/// ``DocumentEntities``). Entities and edges left with nothing are deleted.
struct DocumentRemoval {
    let db: Database

    /// - Complexity: reads and deletes by key what the documents added; scans nothing.
    func remove(_ ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let list = ids.map(String.init).joined(separator: ",")
        let postings = try DocumentEntities(db: db).read(ids)
        try CoMentionRuns(db: db).add(PostingPairs(postings.values), sign: -1)
        let deleteMentions = try db.cachedStatement(sql: "DELETE FROM mentions WHERE entity_id = ? AND doc_id = ?")
        var entities = Set<Int64>()
        for (doc, named) in postings {
            for entry in named {
                try deleteMentions.execute(arguments: [entry.entity, doc])
                entities.insert(entry.entity)
            }
        }
        let deleteEvidence = try db.cachedStatement(sql: "DELETE FROM evidence WHERE edge_id = ? AND doc_id = ?")
        var actions = Set<Int64>()
        for (doc, stated) in try DocumentActions(db: db).read(ids) {
            for entry in stated {
                try deleteEvidence.execute(arguments: [entry.edge, doc])
                actions.insert(entry.edge)
            }
        }
        try db.execute(sql: """
            DELETE FROM document_actions WHERE doc_id IN (\(list));
            DELETE FROM document_entities WHERE doc_id IN (\(list));
            DELETE FROM documents WHERE id IN (\(list));
            """)
        let aggregates = Aggregates(db: db)
        try aggregates.refresh(edges: actions)
        try aggregates.refresh(entities: entities)
    }
}
