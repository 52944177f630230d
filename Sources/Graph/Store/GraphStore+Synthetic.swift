import Foundation
import GRDB
import NER

extension GraphStore {
    /// Fills an empty store with a generated graph for benchmarks (``SyntheticGraph``), written
    /// straight through SQL (no recognition).
    public func generateSynthetic(entities: Int, documents: Int, mentions: Int, edges: Int, seed: UInt64 = 1) throws(GraphStoreError) {
        let graph = SyntheticGraph(entities: entities, documents: documents, mentions: mentions, edges: edges, seed: seed)
        let packed = DocumentText.pack(graph.text)
        try write { db in
            let doc = try BoundStatement(db, sql: "INSERT INTO documents (id, path, hash, title, date, bytes, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for d in 1...documents {
                try doc.run(d, "synthetic/\(d).txt", "synthetic-\(d)", "Synthetic \(d)", SyntheticGraph.date, graph.text.count, SQLiteBlob(elements: packed))
            }
            let entity = try BoundStatement(db, sql: "INSERT INTO entities (id, name, key, type, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?)")
            let alias = try BoundStatement(db, sql: "INSERT INTO aliases (entity_id, name, key, count) VALUES (?, ?, ?, 0)")
            for e in 1...entities {
                let name = SyntheticGraph.name(e)
                try entity.run(e, name, SearchKey.of(name), SyntheticGraph.type(e).rawValue, SyntheticGraph.date, SyntheticGraph.date)
                try alias.run(e, name, SearchKey.of(name))
            }
            try NameKeys(db: db).add(names: (1...entities).map { (id: Int64($0), name: SyntheticGraph.name($0), type: SyntheticGraph.type($0)) })
            let mention = try BoundStatement(db, sql: "INSERT INTO mentions (entity_id, doc_id, surface, count, spans) VALUES (?, ?, ?, ?, ?)")
            for row in graph.mentions {
                try mention.run(row.entity, row.doc, SyntheticGraph.name(Int(row.entity)), row.count, SQLiteBlob(elements: row.spans.map(Spans.word)))
            }
            try CoMentionRuns(db: db).add(graph.pairs)
            let documentEntities = DocumentEntities(db: db)
            for (d, named) in graph.postings { try documentEntities.write(d, named) }
            try db.execute(sql: """
                UPDATE entities SET mentions = coalesce((SELECT sum(count) FROM mentions WHERE entity_id = entities.id), 0),
                    documents = (SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = entities.id);
                UPDATE aliases SET count = (SELECT mentions FROM entities WHERE id = aliases.entity_id);
                """)
        }
    }
}
