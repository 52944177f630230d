import Foundation
import Graph
import NER
import NIOCore
import PostgresNIO

extension PostgresGraphStore {
    /// Whether each document (its path and content hash) is already stored.
    public func status(of documents: [(path: String, hash: ContentHash)]) throws(GraphStoreError) -> [DocumentStatus] {
        try read {
            let stored = try storedDocuments(paths: documents.map(\.path), hashes: documents.map(\.hash.value))
            return documents.map { stored.status(path: $0.path, hash: $0.hash.value) }
        }
    }

    /// Adds `documents` in one transaction, as ``GraphStore/ingest(_:resolve:aliases:)`` does,
    /// while holding the writers' lock: resolution reads the entities every batch committed before.
    public func ingest(_ documents: [IngestDocument], resolve: GraphStore.Resolve, aliases: AliasRules) throws(GraphStoreError) -> IngestReport {
        try write {
            let stored = try storedDocuments(paths: documents.map(\.path), hashes: documents.map(\.hash.value))
            var batch = IngestSelection(documents, stored: stored)
            try removeDocuments(batch.replaced)
            guard !batch.fresh.isEmpty else { return batch.report }
            let resolution = try batch.resolve(resolve, aliases: aliases, storeHasEntities: try storesEntities()) { try knownEntities(types: $0, keys: $1) }
            try applyRenames(resolution.renamed)
            try PostgresBatchWriter(store: self).write(resolution, documents: batch.fresh)
            return batch.report
        }
    }

    private func storedDocuments(paths: [String], hashes: [String]) throws -> StoredDocuments {
        var pathOfHash: [String: String] = [:], ids: [String: Int64] = [:]
        for row in try session.query("SELECT DISTINCT ON (hash) hash, path FROM documents WHERE hash = ANY(\(hashes)) ORDER BY hash, id") {
            let (hash, path) = try session.decode(row, (String, String).self)
            pathOfHash[hash] = path
        }
        for row in try session.query("SELECT path, id FROM documents WHERE path = ANY(\(paths))") {
            let (path, id) = try session.decode(row, (String, Int64).self)
            ids[path] = id
        }
        return StoredDocuments(paths: pathOfHash, ids: ids)
    }

    /// Whether the store holds any entity.
    private func storesEntities() throws -> Bool {
        try session.decode(try session.query("SELECT EXISTS (SELECT 1 FROM entities)").first!, Bool.self)
    }

    /// The stored entities of one of `types` filed under one of `keys`, with their surface forms
    /// and counts, by canonical name.
    private func knownEntities(types: Set<EntityType>, keys: Set<String>) throws -> [KnownEntity] {
        guard !types.isEmpty, !keys.isEmpty else { return [] }
        var known: [Int64: KnownEntity] = [:]
        for row in try session.query("""
            SELECT e.id, e.name, e.type, a.name, a.count FROM entities e JOIN aliases a ON a.entity_id = e.id
            WHERE e.type = ANY(\(types.map(\.rawValue))) AND e.id IN (SELECT entity_id FROM name_keys WHERE key = ANY(\(Array(keys))))
            """) {
            let (id, name, type, alias, count) = try session.decode(row, (Int64, String, String, String, Int).self)
            if known[id] == nil { known[id] = KnownEntity(canonical: name, type: EntityType(rawValue: type) ?? .place, surfaceForms: [:]) }
            known[id]!.surfaceForms[alias] = count
        }
        return known.values.sorted { $0.canonical < $1.canonical }
    }

    /// Applies resolution's renames to stored entities: a new name, or a merge into the entity
    /// that has the new name already.
    private func applyRenames(_ renamed: [EntityKey: EntityKey]) throws {
        for (old, new) in RenameChains.final(renamed) {
            guard let from = try entityID(old) else { continue }
            if let into = try entityID(new) {
                try merge(from, into: into)
            } else {
                try session.query("UPDATE entities SET name = \(new.name), key = \(SearchKey.of(new.name)), type = \(new.type.rawValue) WHERE id = \(from)")
                try refreshNameKeys([from])
            }
        }
    }

    func entityID(_ key: EntityKey) throws -> Int64? {
        try session.query("SELECT id FROM entities WHERE name = \(key.name) AND type = \(key.type.rawValue)").first
            .map { try session.decode($0, Int64.self) }
    }

    /// Merges entity `from` into `into`: its postings, mentions and action edges become `into`'s,
    /// their co-mention counts are moved by taking out the pairs the renamed documents gave and
    /// adding those they give now, and the counts of `into` and the edges touched are recounted.
    private func merge(_ from: Int64, into: Int64) throws {
        let documents = try session.query("SELECT DISTINCT doc_id FROM mentions WHERE entity_id = \(from)").map { try session.decode($0, Int64.self) }
        let old = try postings(of: documents)
        let renamed = old.compactMapValues { DocumentEntities.renaming(from, into: into, in: $0) }
        try addPairs(of: old.values, sign: -1)
        try addPairs(of: renamed.values, sign: 1)
        try writePostings(renamed)
        try session.query("""
            INSERT INTO mentions (entity_id, doc_id, surface, count, spans)
                SELECT \(into), doc_id, surface, count, spans FROM mentions WHERE entity_id = \(from)
            ON CONFLICT (entity_id, doc_id, surface) DO UPDATE SET count = mentions.count + excluded.count, spans = mentions.spans || excluded.spans
            """)
        try session.query("DELETE FROM mentions WHERE entity_id = \(from)")
        try session.query("DELETE FROM aliases WHERE entity_id = \(from)")
        var touched = Set<Int64>()
        for row in try session.query("SELECT id, source, target, kind, predicate, negated FROM edges WHERE source = \(from) OR target = \(from)") {
            let (id, source, target, kind, predicate, negated) = try session.decode(row, (Int64, Int64, Int64, Int, String, Bool).self)
            let newSource = source == from ? into : source, newTarget = target == from ? into : target
            if newSource != newTarget {
                // Looked up before inserting, so that no id is spent on a conflict (ids follow the SQLite store's).
                let row = try session.query("""
                    SELECT id FROM edges
                    WHERE source = \(newSource) AND target = \(newTarget) AND kind = \(kind) AND predicate = \(predicate) AND negated = \(negated)
                    """).first ?? session.query("""
                    INSERT INTO edges (source, target, kind, predicate, negated) VALUES (\(newSource), \(newTarget), \(kind), \(predicate), \(negated))
                    RETURNING id
                    """).first
                let kept = try row.map { try session.decode($0, Int64.self) }
                if let kept {
                    try moveEvidence(of: id, to: kept)
                    touched.insert(kept)
                }
            }
            try session.query("DELETE FROM evidence WHERE edge_id = \(id)")
            try session.query("DELETE FROM edges WHERE id = \(id)")
        }
        try session.query("DELETE FROM entities WHERE id = \(from)")
        try refreshEdges(touched)
        try refreshEntities([into, from])
    }

    /// Moves evidence rows to another edge; where both have a document, its sentences are united.
    private func moveEvidence(of edge: Int64, to kept: Int64) throws {
        for row in try session.query("SELECT doc_id, spans FROM evidence WHERE edge_id = \(edge)") {
            let (doc, spans) = try session.decode(row, (Int64, Data).self)
            var ranges = Spans.ranges(spans)
            if let existing = try session.query("SELECT spans FROM evidence WHERE edge_id = \(kept) AND doc_id = \(doc)").first {
                ranges = Array(Set(ranges + Spans.ranges(try session.decode(existing, Data.self)))).sorted { $0.lowerBound < $1.lowerBound }
            }
            let packed = Spans.pack(ranges.flatMap { [$0.lowerBound, $0.upperBound] })
            try session.query("""
                INSERT INTO evidence (edge_id, doc_id, sentences, spans) VALUES (\(kept), \(doc), \(ranges.count), \(packed))
                ON CONFLICT (edge_id, doc_id) DO UPDATE SET sentences = excluded.sentences, spans = excluded.spans
                """)
        }
    }
}
