import Foundation
import GRDB
import NER

extension GraphStore {
    /// Fills an empty store with a generated graph for benchmarks, written straight through SQL
    /// (no recognition): `entities` entities named `Entity N`, `documents` documents of short
    /// sentences, `mentions` mentions (two per mention row), and `edges` co-mention edges with one
    /// evidence sentence each; endpoints are skewed so that some entities are hubs.
    public func generateSynthetic(entities: Int, documents: Int, mentions: Int, edges: Int, seed: UInt64 = 1) throws(GraphStoreError) {
        var rng = seed
        func next(_ n: Int) -> Int {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            return Int((rng >> 33) % UInt64(n))
        }
        func skewed(_ n: Int) -> Int { min(n - 1, Int(Double(n) * pow(Double(next(1 << 20)) / Double(1 << 20), 2))) }
        let sentence = "Entity one and entity two were named together in this sentence. "
        let text = Data(String(repeating: sentence, count: 16).utf8)
        let sentenceBytes = sentence.utf8.count - 1
        try write { db in
            let doc = try db.makeStatement(sql: "INSERT INTO documents (id, path, hash, title, date, bytes, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for d in 1...documents {
                try doc.execute(arguments: [d, "synthetic/\(d).txt", "synthetic-\(d)", "Synthetic \(d)", "2022-03-03", text.count, text])
            }
            let entity = try db.makeStatement(sql: "INSERT INTO entities (id, name, key, type, first_date, last_date) VALUES (?, ?, ?, ?, '2022-03-03', '2022-03-03')")
            let alias = try db.makeStatement(sql: "INSERT INTO aliases (entity_id, name, key, count) VALUES (?, ?, ?, 0)")
            let types = ["PERSON", "PLACE", "ORGANIZATION", "COMPANY"]
            for e in 1...entities {
                let name = "Entity \(e)"
                try entity.execute(arguments: [e, name, SearchKey.of(name), types[e % 4]])
                try alias.execute(arguments: [e, name, SearchKey.of(name)])
            }
            try NameKeys(db: db).add(names: (1...entities).map { (id: Int64($0), name: "Entity \($0)", type: EntityType(rawValue: types[$0 % 4])!) })
            let mention = try db.makeStatement(sql: "INSERT OR IGNORE INTO mentions (entity_id, doc_id, surface, count, spans) VALUES (?, ?, ?, 2, ?)")
            for _ in 0..<(mentions / 2) {
                let e = skewed(entities) + 1, d = next(documents) + 1, s = next(16) * (sentenceBytes + 1)
                try mention.execute(arguments: [e, d, "Entity \(e)", Spans.pack([s, s + 10, s, s + sentenceBytes, s + 15, s + 25, s, s + sentenceBytes])])
            }
            let edge = try db.makeStatement(sql: "INSERT OR IGNORE INTO edges (source, target, kind, predicate, sentences, documents) VALUES (?, ?, 0, '', ?, 1)")
            let evidence = try db.makeStatement(sql: "INSERT INTO evidence (edge_id, doc_id, sentences, spans) VALUES (?, ?, 1, ?)")
            var made = 0
            while made < edges {
                let a = skewed(entities) + 1, b = next(entities) + 1
                guard a != b else { continue }
                try edge.execute(arguments: [min(a, b), max(a, b), 1])
                guard db.changesCount > 0 else { continue }
                let s = next(16) * (sentenceBytes + 1)
                try evidence.execute(arguments: [db.lastInsertedRowID, next(documents) + 1, Spans.pack([s, s + sentenceBytes])])
                made += 1
            }
            try db.execute(sql: """
                UPDATE entities SET mentions = coalesce((SELECT sum(count) FROM mentions WHERE entity_id = entities.id), 0),
                    documents = (SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = entities.id);
                UPDATE aliases SET count = (SELECT mentions FROM entities WHERE id = aliases.entity_id);
                """)
        }
    }
}
