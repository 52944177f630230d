import Foundation
import Graph
import NER
import NIOCore
import PostgresNIO

extension PostgresGraphStore {
    /// Fills an empty store with the generated graph ``GraphStore/generateSynthetic(entities:documents:mentions:edges:seed:)``
    /// writes (``SyntheticGraph``), in one transaction, a few statements per table.
    public func generateSynthetic(entities: Int, documents: Int, mentions: Int, edges: Int, seed: UInt64 = 1) throws(GraphStoreError) {
        let graph = SyntheticGraph(entities: entities, documents: documents, mentions: mentions, edges: edges, seed: seed)
        let docs = (1...documents).map(Int64.init), ids = (1...entities).map(Int64.init)
        let names = (1...entities).map(SyntheticGraph.name)
        try write {
            try session.query("""
                INSERT INTO documents (id, path, hash, title, date, bytes, text)
                    SELECT d, 'synthetic/' || d || '.txt', 'synthetic-' || d, 'Synthetic ' || d, \(SyntheticGraph.date), \(graph.text.count),
                        \(ByteBuffer(bytes: graph.text)) FROM unnest(\(docs)::bigint[]) AS x(d)
                """)
            try session.query("""
                INSERT INTO entities (id, name, key, type, first_date, last_date)
                    SELECT * , \(SyntheticGraph.date), \(SyntheticGraph.date)
                    FROM unnest(\(ids)::bigint[], \(names)::text[], \(names.map(SearchKey.of))::text[], \((1...entities).map { SyntheticGraph.type($0).rawValue })::text[])
                """)
            try session.query("INSERT INTO aliases (entity_id, name, key, count) SELECT id, name, key, 0 FROM entities")
            // Explicit ids leave the sequences behind: a later ingest numbers on from the largest.
            try session.query("SELECT setval(pg_get_serial_sequence('documents', 'id'), \(Int64(documents)))")
            try session.query("SELECT setval(pg_get_serial_sequence('entities', 'id'), \(Int64(entities)))")
            try refreshNameKeys(Set(ids))
            let rows = graph.mentions
            try session.query("""
                INSERT INTO mentions (entity_id, doc_id, surface, count, spans)
                    SELECT * FROM unnest(\(rows.map(\.entity))::bigint[], \(rows.map(\.doc))::bigint[],
                                         \(rows.map { SyntheticGraph.name(Int($0.entity)) })::text[], \(rows.map(\.count))::bigint[],
                                         \(rows.map { ByteBuffer(data: Spans.pack($0.spans)) })::bytea[])
                """)
            let pairs = graph.coMentionRows
            try session.query("""
                INSERT INTO co_mentions (entity, other, sentences, documents)
                    SELECT * FROM unnest(\(pairs.map(\.entity))::bigint[], \(pairs.map(\.other))::bigint[],
                                         \(pairs.map(\.sentences))::bigint[], \(pairs.map(\.documents))::bigint[])
                """)
            try writePostings(graph.postings)
            try session.query("""
                UPDATE entities SET mentions = coalesce(x.mentions, 0), documents = coalesce(x.documents, 0)
                FROM (SELECT e.id, sum(m.count) AS mentions, count(DISTINCT m.doc_id) AS documents
                      FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id GROUP BY e.id) x
                WHERE entities.id = x.id
                """)
            try session.query("UPDATE aliases SET count = e.mentions FROM entities e WHERE e.id = aliases.entity_id")
        }
    }
}
