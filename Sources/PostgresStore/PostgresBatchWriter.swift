import Foundation
import Graph
import NER
import NIOCore
import PostgresNIO

/// Writes a resolved batch into the store, inside the caller's transaction: the documents, their
/// mention rows, postings, co-mention pairs and action evidence, a few statements per table for
/// the whole batch (rows sent as arrays and unnested); then recounts the entities and action
/// edges the batch names (``PostgresGraphStore/refreshEntities(_:)``).
struct PostgresBatchWriter {
    let store: PostgresGraphStore

    private struct ActionKey: Hashable, Comparable {
        var source: Int64
        var target: Int64
        var predicate: String
        var negated: Bool

        static func < (a: ActionKey, b: ActionKey) -> Bool {
            (a.source, a.target, a.predicate, a.negated ? 1 : 0) < (b.source, b.target, b.predicate, b.negated ? 1 : 0)
        }
    }

    func write(_ resolution: Resolution, documents: [IngestDocument]) throws {
        let session = store.session
        let batch = ResolvedBatch(resolution, documents: documents)
        let ids = try entityIDs(batch)
        let entityIDs = batch.graphs.map { $0.entities.map { ids[$0]! } }
        var documentIDs: [Int64] = []
        for (i, document) in documents.enumerated() {
            let record = document.record
            let row = try session.query("""
                INSERT INTO documents (path, hash, title, date, bytes, text, url, source, record_id)
                VALUES (\(document.path), \(document.hash.value), \(batch.titles[i]), \(batch.dates[i]), \(document.analysis.source.bytes.count),
                        \(ByteBuffer(bytes: document.analysis.source.bytes)), \(record?.url), \(record?.source), \(record?.id))
                RETURNING id
                """).first
            documentIDs.append(try session.decode(row!, Int64.self))
        }
        var entities: [Int64] = [], docs: [Int64] = [], surfaces: [String] = [], counts: [Int] = [], spans: [ByteBuffer] = []
        for (i, graph) in batch.graphs.enumerated() {
            for surface in graph.surfaces {
                entities.append(entityIDs[i][surface.entity]); docs.append(documentIDs[i]); surfaces.append(surface.text)
                counts.append(surface.count)
                spans.append(ByteBuffer(data: Spans.pack(graph.spans[surface.spans].map(Int.init))))
            }
        }
        try session.query("""
            INSERT INTO mentions (entity_id, doc_id, surface, count, spans)
                SELECT * FROM unnest(\(entities)::bigint[], \(docs)::bigint[], \(surfaces)::text[], \(counts)::bigint[], \(spans)::bytea[])
            """)
        let postings = batch.postings(entityIDs)
        try store.writePostings(Dictionary(uniqueKeysWithValues: zip(documentIDs, postings)))
        try store.addPairs(of: postings, sign: 1)
        let actions = try writeActions(batch, entityIDs, documentIDs)
        try store.refreshEdges(actions)
        try store.refreshEntities(Set(ids.values))
    }

    /// The store id of each batch entity a document names (by number). Stored entities are looked
    /// up first and only new ones inserted, in the order of their numbers: the sequence hands out
    /// ids as the SQLite store does (one for each new entity, in that order), none wasted on
    /// conflicts, so both stores number the entities of the same documents alike.
    private func entityIDs(_ batch: ResolvedBatch) throws -> [Int: Int64] {
        let numbers = Set(batch.graphs.flatMap(\.entities)).sorted()
        let keys = numbers.map { batch.keys[$0] }
        var byKey: [EntityKey: Int64] = [:]
        func read(_ rows: PostgresQueryResult) throws {
            for row in rows {
                let (id, name, type) = try store.session.decode(row, (Int64, String, String).self)
                byKey[EntityKey(type: EntityType(rawValue: type) ?? .place, name: name)] = id
            }
        }
        try read(try store.session.query("""
            SELECT e.id, e.name, e.type FROM entities e
                JOIN unnest(\(keys.map(\.name))::text[], \(keys.map(\.type.rawValue))::text[]) AS k(name, type) ON e.name = k.name AND e.type = k.type
            """))
        let new = keys.filter { byKey[$0] == nil }
        try read(try store.session.query("""
            INSERT INTO entities (name, key, type)
                SELECT name, key, type FROM unnest(\(new.map(\.name))::text[], \(new.map { SearchKey.of($0.name) })::text[],
                                                   \(new.map(\.type.rawValue))::text[]) WITH ORDINALITY AS k(name, key, type, n)
                ORDER BY n
            RETURNING id, name, type
            """))
        return Dictionary(uniqueKeysWithValues: numbers.map { ($0, byKey[batch.keys[$0]]!) })
    }

    /// Inserts the batch's action edges not stored yet and the evidence rows of the sentences
    /// that state them; returns the ids of the edges touched.
    private func writeActions(_ batch: ResolvedBatch, _ entityIDs: [[Int64]], _ documentIDs: [Int64]) throws -> Set<Int64> {
        var keys = Set<ActionKey>()
        for (graph, ids) in zip(batch.graphs, entityIDs) {
            for edge in graph.actions { keys.insert(ActionKey(source: ids[edge.source], target: ids[edge.target], predicate: edge.predicate, negated: edge.negated)) }
        }
        guard !keys.isEmpty else { return [] }
        let sorted = keys.sorted()
        // Stored edges looked up first, new ones inserted in key order (as the SQLite store numbers them).
        var idOf: [ActionKey: Int64] = [:]
        func read(_ rows: PostgresQueryResult) throws {
            for row in rows {
                let (id, source, target, predicate, negated) = try store.session.decode(row, (Int64, Int64, Int64, String, Bool).self)
                idOf[ActionKey(source: source, target: target, predicate: predicate, negated: negated)] = id
            }
        }
        try read(try store.session.query("""
            SELECT g.id, g.source, g.target, g.predicate, g.negated FROM edges g
                JOIN unnest(\(sorted.map(\.source))::bigint[], \(sorted.map(\.target))::bigint[], \(sorted.map(\.predicate))::text[],
                            \(sorted.map(\.negated))::boolean[]) AS x(s, t, p, n)
                ON g.source = x.s AND g.target = x.t AND g.kind = \(EdgeKind.action.code) AND g.predicate = x.p AND g.negated = x.n
            """))
        let new = sorted.filter { idOf[$0] == nil }
        try read(try store.session.query("""
            INSERT INTO edges (source, target, kind, predicate, negated)
                SELECT s, t, \(EdgeKind.action.code), p, n FROM unnest(\(new.map(\.source))::bigint[], \(new.map(\.target))::bigint[],
                                                               \(new.map(\.predicate))::text[], \(new.map(\.negated))::boolean[])
                    WITH ORDINALITY AS x(s, t, p, n, i)
                ORDER BY i
            RETURNING id, source, target, predicate, negated
            """))
        var edges: [Int64] = [], docs: [Int64] = [], sentences: [Int] = [], spans: [ByteBuffer] = []
        for ((graph, ids), doc) in zip(zip(batch.graphs, entityIDs), documentIDs) {
            for edge in graph.actions {
                edges.append(idOf[ActionKey(source: ids[edge.source], target: ids[edge.target], predicate: edge.predicate, negated: edge.negated)]!)
                docs.append(doc)
                sentences.append(edge.sentences.count / 2)
                spans.append(ByteBuffer(data: Spans.pack(graph.actionSentences[edge.sentences].map(Int.init))))
            }
        }
        try store.session.query("""
            INSERT INTO evidence (edge_id, doc_id, sentences, spans)
                SELECT * FROM unnest(\(edges)::bigint[], \(docs)::bigint[], \(sentences)::bigint[], \(spans)::bytea[])
            """)
        return Set(idOf.values)
    }
}
