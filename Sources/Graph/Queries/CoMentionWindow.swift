import Foundation
import GRDB

/// The co-mention edges of an entity counted over the documents that pass a filter (a date range,
/// an outlet): for each document naming the entity that passes, one document and the sentences
/// naming both, for every other entity it names, read from the documents' postings
/// (``DocumentEntities``).
///
/// - Complexity: O(documents naming the entity that pass × entities each names), computed at
///   query time; the stored edges (``CoMentionRuns``) count every document.
struct CoMentionWindow {
    let db: Database

    /// The edges of `entity`, by increasing id of the other end.
    func edges(of entity: Int64, documents filter: DocumentFilter) throws -> [CoMentionEntry] {
        let (condition, arguments) = filter.condition(on: "d", after: [entity])
        let documents = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT m.doc_id FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?1\(condition)
            """, arguments: arguments)
        return DocumentEntities.coMentions(of: entity, in: try DocumentEntities(db: db).read(documents).values)
            .map { CoMentionEntry(other: $0.other, sentences: $0.sentences, documents: $0.documents) }
    }
}
