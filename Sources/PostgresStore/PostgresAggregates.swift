import Foundation
import Graph
import NER
import NIOCore
import PostgresNIO

/// The stored counts, kept equal to what the rows they count say: entity, alias and action edge
/// counts are recounted from the mention and evidence rows of what a write touched; co-mention
/// counts move by the pairs of the documents' postings (``CoMentionPairs``), added
/// on ingest and taken out on removal, as the SQLite store does.
extension PostgresGraphStore {
    /// The postings of each of `documents` that has them.
    func postings(of documents: [Int64]) throws -> [Int64: [DocumentEntities.Named]] {
        guard !documents.isEmpty else { return [:] }
        var found: [Int64: [DocumentEntities.Named]] = [:]
        for row in try session.query("SELECT doc_id, entities FROM document_entities WHERE doc_id = ANY(\(documents))") {
            let (doc, packed) = try session.decode(row, (Int64, Data).self)
            found[doc] = DocumentEntities.unpack(packed)
        }
        return found
    }

    func writePostings(_ postings: [Int64: [DocumentEntities.Named]]) throws {
        guard !postings.isEmpty else { return }
        let docs = Array(postings.keys)
        let packed = docs.map { ByteBuffer(bytes: DocumentEntities.pack(postings[$0]!)) }
        try session.query("""
            INSERT INTO document_entities (doc_id, entities) SELECT * FROM unnest(\(docs)::bigint[], \(packed)::bytea[])
            ON CONFLICT (doc_id) DO UPDATE SET entities = excluded.entities
            """)
    }

    /// Adds the co-mention pairs of documents with `postings` (`sign` 1) to the co-mention
    /// edges, or takes them out (-1); an edge left with no document is deleted.
    func addPairs(of postings: some Sequence<[DocumentEntities.Named]>, sign: Int) throws {
        let rows = CoMentionPairs.rows(of: postings)
        guard !rows.isEmpty else { return }
        let entities = rows.map(\.entity), others = rows.map(\.other)
        let sentences = rows.map { sign * $0.sentences }, documents = rows.map { sign * $0.documents }
        try session.query("""
            INSERT INTO co_mentions (entity, other, sentences, documents)
                SELECT * FROM unnest(\(entities)::bigint[], \(others)::bigint[], \(sentences)::bigint[], \(documents)::bigint[])
            ON CONFLICT (entity, other) DO UPDATE
                SET sentences = co_mentions.sentences + excluded.sentences, documents = co_mentions.documents + excluded.documents
            """)
        if sign < 0 {
            try session.query("DELETE FROM co_mentions WHERE entity = ANY(\(Array(Set(entities)))) AND documents <= 0")
        }
    }

    /// Recounts action edges `ids` from their evidence rows; deletes those left with none.
    func refreshEdges(_ ids: Set<Int64>) throws {
        guard !ids.isEmpty else { return }
        let list = Array(ids)
        try session.query("""
            UPDATE edges SET sentences = x.sentences, documents = x.documents
            FROM (SELECT edge_id, sum(sentences) AS sentences, count(*) AS documents FROM evidence WHERE edge_id = ANY(\(list)) GROUP BY edge_id) x
            WHERE edges.id = x.edge_id
            """)
        try session.query("DELETE FROM edges WHERE id = ANY(\(list)) AND NOT EXISTS (SELECT 1 FROM evidence WHERE edge_id = edges.id)")
    }

    /// Recounts entities `ids` (mentions, documents, dates, aliases) from their mention rows and
    /// files them again under their blocking keys; deletes those left with no mention.
    func refreshEntities(_ ids: Set<Int64>) throws {
        guard !ids.isEmpty else { return }
        let list = Array(ids)
        try session.query("""
            UPDATE entities SET mentions = x.mentions, documents = x.documents, first_date = x.first, last_date = x.last
            FROM (SELECT m.entity_id, sum(m.count) AS mentions, count(DISTINCT m.doc_id) AS documents, min(d.date) AS first, max(d.date) AS last
                  FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ANY(\(list)) GROUP BY m.entity_id) x
            WHERE entities.id = x.entity_id
            """)
        let gone = try session.query("""
            DELETE FROM entities WHERE id = ANY(\(list)) AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id) RETURNING id
            """).map { try session.decode($0, Int64.self) }
        if !gone.isEmpty {
            try session.query("DELETE FROM co_mentions WHERE entity = ANY(\(gone)) OR other = ANY(\(gone))")
        }
        try session.query("DELETE FROM aliases WHERE entity_id = ANY(\(list))")
        var entities: [Int64] = [], names: [String] = [], keys: [String] = [], counts: [Int] = []
        for row in try session.query("SELECT entity_id, surface, sum(count) FROM mentions WHERE entity_id = ANY(\(list)) GROUP BY entity_id, surface") {
            let (entity, name, count) = try session.decode(row, (Int64, String, Int).self)
            entities.append(entity); names.append(name); keys.append(SearchKey.of(name)); counts.append(count)
        }
        try session.query("""
            INSERT INTO aliases (entity_id, name, key, count) SELECT * FROM unnest(\(entities)::bigint[], \(names)::text[], \(keys)::text[], \(counts)::bigint[])
            """)
        try refreshNameKeys(ids)
    }

    /// Files `ids` again under the resolver's blocking keys of their name and aliases
    /// (``EntityResolver/blockingKeys(name:type:)``, ``EntityResolver/blockingKeys(form:)``).
    func refreshNameKeys(_ ids: Set<Int64>) throws {
        let list = Array(ids)
        try session.query("DELETE FROM name_keys WHERE entity_id = ANY(\(list))")
        var keys: [String] = [], entities: [Int64] = []
        for row in try session.query("SELECT id, name, type FROM entities WHERE id = ANY(\(list))") {
            let (id, name, type) = try session.decode(row, (Int64, String, String).self)
            for key in EntityResolver.blockingKeys(name: name, type: EntityType(rawValue: type) ?? .place) { keys.append(key); entities.append(id) }
        }
        for row in try session.query("SELECT entity_id, name FROM aliases WHERE entity_id = ANY(\(list))") {
            let (id, name) = try session.decode(row, (Int64, String).self)
            for key in EntityResolver.blockingKeys(form: name) { keys.append(key); entities.append(id) }
        }
        try session.query("""
            INSERT INTO name_keys (key, entity_id) SELECT * FROM unnest(\(keys)::text[], \(entities)::bigint[]) ON CONFLICT DO NOTHING
            """)
    }

    /// Takes documents `ids` out with everything they added, as ``GraphStore/remove(_:)`` does.
    func removeDocuments(_ ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let postings = try postings(of: ids)
        try addPairs(of: postings.values, sign: -1)
        let entities = Set(postings.values.flatMap { $0.map(\.entity) })
        let actions = Set(try session.query("SELECT DISTINCT edge_id FROM evidence WHERE doc_id = ANY(\(ids))").map { try session.decode($0, Int64.self) })
        try session.query("DELETE FROM mentions WHERE doc_id = ANY(\(ids))")
        try session.query("DELETE FROM evidence WHERE doc_id = ANY(\(ids))")
        try session.query("DELETE FROM document_entities WHERE doc_id = ANY(\(ids))")
        try session.query("DELETE FROM documents WHERE id = ANY(\(ids))")
        try refreshEdges(actions)
        try refreshEntities(entities)
    }
}
