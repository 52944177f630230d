import Foundation
import GRDB

/// The action edges of an entity counted over the documents that pass a filter (a date range, an
/// outlet): for each edge, the documents that pass with a sentence stating it, and those
/// sentences, read from the edges each document naming the entity states (``DocumentActions``).
///
/// - Complexity: O(documents naming the entity that pass × action edges each states), computed at
///   query time; the stored edges (``ActionRuns``) count every document.
struct ActionWindow {
    let db: Database

    /// The edges of `entity` stated in a document that passes `filter`, by increasing edge id.
    func edges(of entity: Int64, documents filter: DocumentFilter) throws -> [ActionEntry] {
        var edges = try ActionRuns(db: db).edges(of: entity)
        guard !edges.isEmpty else { return [] }
        let position = Dictionary(uniqueKeysWithValues: edges.indices.map { (edges[$0].edge, $0) })
        for i in edges.indices { (edges[i].sentences, edges[i].documents) = (0, 0) }
        let (condition, arguments) = filter.condition(on: "d", after: [entity])
        let rows = try Data.fetchCursor(db, sql: """
            SELECT a.actions FROM documents d JOIN document_actions a ON a.doc_id = d.id
            WHERE d.id IN (SELECT doc_id FROM mentions WHERE entity_id = ?1)\(condition)
            """, arguments: arguments)
        while let actions = try rows.next() {
            for entry in DocumentActions.unpack(actions) {
                guard let i = position[entry.edge] else { continue }
                edges[i].sentences += entry.sentences
                edges[i].documents += 1
            }
        }
        return edges.filter { $0.documents > 0 }
    }
}
