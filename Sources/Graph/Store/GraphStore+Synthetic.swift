import Foundation
import GRDB
import NER

extension GraphStore {
    /// Fills an empty store with a generated graph for benchmarks, written straight through SQL
    /// (no recognition): `entities` entities named `Entity N`, `documents` documents of 16 short
    /// sentences, and sentences that each name three entities (the first drawn skewed, so that
    /// some entities are hubs), until there are at least `mentions` mentions and `edges` co-mention
    /// edges. Each pair named in a sentence is a co-mention edge with that sentence as evidence, as
    /// ingest would store it; unlike ingest, pairs named only in one document get no edge, and an
    /// edge counts a document once for each sentence.
    public func generateSynthetic(entities: Int, documents: Int, mentions: Int, edges: Int, seed: UInt64 = 1) throws(GraphStoreError) {
        var rng = seed
        func next(_ n: Int) -> Int {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            return Int((rng >> 33) % UInt64(n))
        }
        func skewed(_ n: Int) -> Int { min(n - 1, Int(Double(n) * pow(Double(next(1 << 20)) / Double(1 << 20), 2))) }
        let sentence = "Entity one and entity two were named together in this sentence. "
        let text = Array(String(repeating: sentence, count: 16).utf8)
        let packed = DocumentText.pack(text)
        let sentenceBytes = sentence.utf8.count - 1
        try write { db in
            let doc = try BoundStatement(db, sql: "INSERT INTO documents (id, path, hash, title, date, bytes, text) VALUES (?, ?, ?, ?, '2022-03-03', ?, ?)")
            for d in 1...documents {
                try doc.run(d, "synthetic/\(d).txt", "synthetic-\(d)", "Synthetic \(d)", text.count, SQLiteBlob(elements: packed))
            }
            let entity = try BoundStatement(db, sql: "INSERT INTO entities (id, name, key, type, first_date, last_date) VALUES (?, ?, ?, ?, '2022-03-03', '2022-03-03')")
            let alias = try BoundStatement(db, sql: "INSERT INTO aliases (entity_id, name, key, count) VALUES (?, ?, ?, 0)")
            let types = ["PERSON", "PLACE", "ORGANIZATION", "COMPANY"]
            for e in 1...entities {
                let name = "Entity \(e)"
                try entity.run(e, name, SearchKey.of(name), types[e % 4])
                try alias.run(e, name, SearchKey.of(name))
            }
            try NameKeys(db: db).add(names: (1...entities).map { (id: Int64($0), name: "Entity \($0)", type: EntityType(rawValue: types[$0 % 4])!) })
            let mention = try BoundStatement(db, sql: """
                INSERT INTO mentions (entity_id, doc_id, surface, count, spans) VALUES (?, ?, ?, 1, ?)
                ON CONFLICT DO UPDATE SET count = count + 1, spans = spans || excluded.spans
                """)
            var pairs = PairCounts(), distinct = Set<UInt64>(), named = 0
            // Each document's entities with their sentences, its postings.
            var postings: [Int: [Int64: Set<UInt32>]] = [:]
            while distinct.count < edges || named < mentions {
                let d = next(documents) + 1, s = next(16) * (sentenceBytes + 1)
                let spans = [s + 7, s + 10, s, s + sentenceBytes].map(Spans.word)
                let ids = Set([skewed(entities) + 1] + (0..<2).map { _ in next(entities) + 1 }).sorted()
                for e in ids {
                    try mention.run(e, d, "Entity \(e)", SQLiteBlob(elements: spans))
                    postings[d, default: [:]][Int64(e), default: []].insert(UInt32(s))
                }
                named += ids.count
                for (i, a) in ids.enumerated() {
                    for b in ids[(i + 1)...] {
                        pairs.add(Int64(a), Int64(b), sentences: 1, documents: 1)
                        distinct.insert(UInt64(CoMentionID.of(Int64(a), Int64(b))))
                    }
                }
            }
            try CoMentionRuns(db: db).add(pairs)
            let documentEntities = DocumentEntities(db: db)
            for (d, named) in postings {
                try documentEntities.write(Int64(d), named.sorted { $0.key < $1.key }.map { DocumentEntities.Named(entity: $0.key, sentences: $0.value.sorted()) })
            }
            try db.execute(sql: """
                UPDATE entities SET mentions = coalesce((SELECT sum(count) FROM mentions WHERE entity_id = entities.id), 0),
                    documents = (SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = entities.id);
                UPDATE aliases SET count = (SELECT mentions FROM entities WHERE id = aliases.entity_id);
                """)
        }
    }
}
