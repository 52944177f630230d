import Foundation
import GRDB
import NER

/// Applies resolution's renames to stored entities: a new name for one entity, or two stored
/// entities merged into one (their mentions, aliases, edges and evidence combined; an edge
/// between the two disappears).
struct EntityMerge {
    let db: Database

    /// Applies `renamed` (old key → new key), following chains (`a → b`, `b → c`).
    func apply(_ renamed: [EntityKey: EntityKey]) throws {
        for (old, new) in RenameChains.final(renamed) {
            guard let from = try id(of: old) else { continue }
            if let into = try id(of: new) {
                try merge(from, into: into)
            } else {
                try db.execute(sql: "UPDATE entities SET name = ?, key = ?, type = ? WHERE id = ?",
                               arguments: [new.name, SearchKey.of(new.name), new.type.rawValue, from])
                try NameKeys(db: db).refresh([from])
            }
        }
    }

    private func id(of key: EntityKey) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM entities WHERE name = ? AND type = ?", arguments: [key.name, key.type.rawValue])
    }

    private func merge(_ from: Int64, into: Int64) throws {
        let documents = try Int64.fetchAll(db, sql: "SELECT DISTINCT doc_id FROM mentions WHERE entity_id = ?", arguments: [from])
        try DocumentEntities(db: db).rename(from, into: into, in: documents)
        try db.execute(sql: """
            INSERT INTO mentions (entity_id, doc_id, surface, count, spans)
                SELECT ?, doc_id, surface, count, spans FROM mentions WHERE entity_id = ? AND true
                ON CONFLICT DO UPDATE SET count = count + excluded.count, spans = spans || excluded.spans;
            DELETE FROM mentions WHERE entity_id = ?;
            DELETE FROM aliases WHERE entity_id = ?;
            """, arguments: [into, from, from, from])
        // Co-mention edges of `from` become edges of `into`, recounted from the merged mention rows.
        var touched = Set(try CoMentionRuns(db: db).removeAll(of: from).filter { $0 != into }.map { CoMentionID.of(into, $0) })
        let read = try db.cachedStatement(sql: "SELECT id, source, target, kind, predicate, negated, sentences, documents FROM edges WHERE id = ?")
        let edges = try ActionRuns(db: db).edges(of: from).compactMap { try Row.fetchOne(read, arguments: [$0.edge]) }
        // Counts of the edges taken out, from both ends; those of the edges they become are recounted below.
        try ActionRuns(db: db).add(edges.map { ActionChange(edge: $0["id"], source: $0["source"], target: $0["target"],
                                                             sentences: -($0["sentences"] as Int), documents: -($0["documents"] as Int)) })
        try ActionRuns(db: db).delete(from)
        for edge in edges {
            let id: Int64 = edge["id"]
            let source: Int64 = edge["source"] == from ? into : edge["source"]
            let target: Int64 = edge["target"] == from ? into : edge["target"]
            // The documents stating the edge list the one it becomes, or lose it.
            if source != target {
                let kept = try Int64.fetchOne(db, sql: """
                    INSERT INTO edges (source, target, kind, predicate, negated) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT DO UPDATE SET kind = kind RETURNING id
                    """, arguments: [source, target, edge["kind"] as EdgeKind, edge["predicate"] as String, edge["negated"] as Bool])!
                try DocumentActions(db: db).replace(id, by: kept, sentences: try moveEvidence(of: id, to: kept))
                touched.insert(kept)
            } else {
                let documents = try Int64.fetchAll(db, sql: "SELECT doc_id FROM evidence WHERE edge_id = ?", arguments: [id])
                try DocumentActions(db: db).replace(id, by: nil, sentences: Dictionary(uniqueKeysWithValues: documents.map { ($0, 0) }))
            }
            try db.execute(sql: "DELETE FROM evidence WHERE edge_id = ?; DELETE FROM edges WHERE id = ?", arguments: [id, id])
        }
        try db.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [from])
        let aggregates = Aggregates(db: db)
        try aggregates.refresh(edges: touched)
        try aggregates.refresh(entities: [into, from])
    }

    /// Moves evidence rows to another edge; where both have a document, its sentences are united.
    /// Returns the number of sentences of `kept` in each document moved.
    private func moveEvidence(of edge: Int64, to kept: Int64) throws -> [Int64: Int] {
        var sentences: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT doc_id, spans FROM evidence WHERE edge_id = ?", arguments: [edge]) {
            let doc: Int64 = row[0]
            var ranges = Spans.ranges(row[1])
            if let existing = try Data.fetchOne(db, sql: "SELECT spans FROM evidence WHERE edge_id = ? AND doc_id = ?", arguments: [kept, doc]) {
                ranges = Array(Set(ranges + Spans.ranges(existing))).sorted { $0.lowerBound < $1.lowerBound }
            }
            try db.execute(sql: "INSERT OR REPLACE INTO evidence (edge_id, doc_id, sentences, spans) VALUES (?, ?, ?, ?)",
                           arguments: [kept, doc, ranges.count, Spans.pack(ranges.flatMap { [$0.lowerBound, $0.upperBound] })])
            sentences[doc] = ranges.count
        }
        return sentences
    }
}
