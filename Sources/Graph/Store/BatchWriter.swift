import Foundation
import GRDB
import NER

/// Writes resolved documents into the store, inside the caller's transaction: one row per
/// document, one per entity, alias, (entity, document, surface) and (edge, document) with
/// sentences; entity, alias and edge counts are summed over the batch first, so each is written
/// once per batch. Two entities named in one document share a co-mention edge; its weight counts
/// those documents plus the sentences that name both.
struct BatchWriter {
    let db: Database

    private struct EntityDelta {
        var type: EntityType
        var mentions = 0
        var documents = 0
        var first: String?
        var last: String?
    }

    private struct EdgeRow: Hashable {
        var source: Int64
        var target: Int64
        var kind: EdgeKind
        var predicate: String
    }

    func write(_ resolution: Resolution, documents: [IngestDocument]) throws {
        let types = Dictionary(resolution.entities.map { ($0.canonical, $0.type) }, uniquingKeysWith: { a, _ in a })
        let graphs = resolution.documents.map(DocumentGraph.init)
        let metadata = documents.map { DocumentMetadata(bytes: $0.analysis.source.bytes) }
        let dates = zip(metadata, documents).map { $0.date ?? $1.fallbackDate }

        var deltas: [String: EntityDelta] = [:]
        var aliasCounts: [String: [String: Int]] = [:]
        for (graph, date) in zip(graphs, dates) {
            for (name, entity) in graph.entities {
                var delta = deltas[name] ?? EntityDelta(type: types[name] ?? entity.type)
                delta.mentions += entity.count
                delta.documents += 1
                if let date {
                    delta.first = min(delta.first ?? date, date)
                    delta.last = max(delta.last ?? date, date)
                }
                deltas[name] = delta
                for (surface, spans) in entity.surfaces { aliasCounts[name, default: [:]][surface, default: 0] += spans.count / 4 }
            }
        }
        let ids = try upsertEntities(deltas)
        let alias = try db.cachedStatement(sql: """
            INSERT INTO aliases (entity_id, name, key, count) VALUES (?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET count = count + excluded.count
            """)
        for (name, surfaces) in aliasCounts {
            for (surface, count) in surfaces { try alias.execute(arguments: [ids[name], surface, SearchKey.of(surface), count]) }
        }

        let insertDocument = try db.cachedStatement(sql: "INSERT INTO documents (path, hash, title, date, bytes, text) VALUES (?, ?, ?, ?, ?, ?)")
        let insertMention = try db.cachedStatement(sql: "INSERT INTO mentions (entity_id, doc_id, surface, count, spans) VALUES (?, ?, ?, ?, ?)")
        var documentIDs: [Int64] = []
        for (i, document) in documents.enumerated() {
            let bytes = document.analysis.source.bytes
            try insertDocument.execute(arguments: [document.path, ContentHash(bytes).value, metadata[i].title, dates[i], bytes.count, Data(bytes)])
            let doc = db.lastInsertedRowID
            documentIDs.append(doc)
            for (name, entity) in graphs[i].entities {
                for (surface, spans) in entity.surfaces {
                    try insertMention.execute(arguments: [ids[name], doc, surface, spans.count / 4, Spans.pack(spans)])
                }
            }
        }

        // Co-mention: every pair of entities of a document counts that document, and each
        // sentence naming both; keyed by `source << 32 | target` with source < target.
        var pairs: [UInt64: (sentences: Int, documents: Int)] = [:]
        var actions: [EdgeRow: (sentences: Int, documents: Int)] = [:]
        var perDocument: [[(EdgeRow, [Range<Int>])]] = []
        for graph in graphs {
            let named = graph.entities.keys.compactMap { ids[$0] }.sorted()
            for i in named.indices {
                for j in named.index(after: i)..<named.endIndex {
                    pairs[UInt64(named[i]) << 32 | UInt64(named[j]), default: (0, 0)].documents += 1
                }
            }
            var rows: [(EdgeRow, [Range<Int>])] = []
            for (key, sentences) in graph.edges {
                guard var source = ids[key.source], var target = ids[key.target], source != target else { continue }
                if key.kind == .coMention, source > target { swap(&source, &target) }
                let row = EdgeRow(source: source, target: target, kind: key.kind, predicate: key.predicate)
                if key.kind == .coMention {
                    pairs[UInt64(source) << 32 | UInt64(target), default: (0, 0)].sentences += sentences.count
                } else {
                    actions[row, default: (0, 0)].sentences += sentences.count
                    actions[row, default: (0, 0)].documents += 1
                }
                rows.append((row, sentences))
            }
            perDocument.append(rows)
        }
        let upsertEdge = try db.cachedStatement(sql: """
            INSERT INTO edges (source, target, kind, predicate, sentences, documents) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET sentences = sentences + excluded.sentences, documents = documents + excluded.documents
            RETURNING id
            """)
        var edgeIDs: [EdgeRow: Int64] = [:]
        for (pair, counts) in pairs {
            let row = EdgeRow(source: Int64(pair >> 32), target: Int64(pair & 0xFFFF_FFFF), kind: .coMention, predicate: "")
            let id = try Int64.fetchOne(upsertEdge, arguments: [row.source, row.target, 0, "", counts.sentences, counts.documents])
            if counts.sentences > 0 { edgeIDs[row] = id }
        }
        for (row, counts) in actions {
            edgeIDs[row] = try Int64.fetchOne(upsertEdge, arguments: [row.source, row.target, row.kind.code, row.predicate, counts.sentences, counts.documents])
        }
        let insertEvidence = try db.cachedStatement(sql: "INSERT INTO evidence (edge_id, doc_id, sentences, spans) VALUES (?, ?, ?, ?)")
        for (doc, rows) in zip(documentIDs, perDocument) {
            for (row, sentences) in rows {
                try insertEvidence.execute(arguments: [edgeIDs[row], doc, sentences.count, Spans.pack(sentences.flatMap { [$0.lowerBound, $0.upperBound] })])
            }
        }
    }

    private func upsertEntities(_ deltas: [String: EntityDelta]) throws -> [String: Int64] {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO entities (name, key, type, mentions, documents, first_date, last_date) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET
                type = excluded.type,
                mentions = mentions + excluded.mentions,
                documents = documents + excluded.documents,
                first_date = min(coalesce(first_date, excluded.first_date), coalesce(excluded.first_date, first_date)),
                last_date = max(coalesce(last_date, excluded.last_date), coalesce(excluded.last_date, last_date))
            RETURNING id
            """)
        var ids: [String: Int64] = [:]
        for (name, delta) in deltas {
            ids[name] = try Int64.fetchOne(upsert, arguments: [name, SearchKey.of(name), delta.type.rawValue, delta.mentions, delta.documents, delta.first, delta.last])
        }
        return ids
    }
}
