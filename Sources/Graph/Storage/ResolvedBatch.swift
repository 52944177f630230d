import NER

/// A resolved batch as both stores write it: its entities numbered by ``EntityKey`` (the stores'
/// key, each hashed once), what each document adds to the graph (``DocumentGraph``), and each
/// document's date and title. Pure.
package struct ResolvedBatch {
    /// The key of each batch entity, by number.
    package private(set) var keys: [EntityKey] = []
    /// Each document's entities (by batch number), surfaces and actions.
    package let graphs: [DocumentGraph]
    /// Each document's date: its record's, else the one its text gives, else the fallback.
    package let dates: [String?]
    /// Each document's title: a record's is its collection's, else none (its first line is seldom
    /// a headline); a text's is its first line.
    package let titles: [String]

    package init(_ resolution: Resolution, documents: [IngestDocument]) {
        var number: [EntityKey: Int] = [:]
        var keys: [EntityKey] = []
        let numbers = resolution.entities.map { entity in
            number[entity.key] ?? {
                number[entity.key] = keys.count
                keys.append(entity.key)
                return keys.count - 1
            }()
        }
        self.keys = keys
        graphs = zip(resolution.documents, resolution.mentionEntities).map { DocumentGraph($0, entityOf: $1.map { numbers[$0] }) }
        let metadata = documents.map { DocumentMetadata(bytes: $0.analysis.source.bytes) }
        dates = zip(metadata, documents).map { $1.record?.date ?? $0.date ?? $1.fallbackDate }
        titles = zip(metadata, documents).map { metadata, document in document.record.map { $0.title ?? "" } ?? metadata.title }
    }

    /// Each document's entities with the sentences naming them (``DocumentEntities``), in
    /// increasing id order, given the store id of each document's entities (by entity number).
    package func postings(_ entityIDs: [[Int64]]) -> [[DocumentEntities.Named]] {
        graphs.indices.map { i in
            entityIDs[i].indices.map { DocumentEntities.Named(entity: entityIDs[i][$0], sentences: Array(graphs[i].sentences(of: $0))) }
                .sorted { $0.entity < $1.entity }
        }
    }
}
