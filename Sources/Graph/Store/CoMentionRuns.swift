import Foundation
import GRDB

/// The co-mention edges of the store, read and changed per entity: packed runs of
/// ``CoMentionEntry`` in `co_mention_runs` (``PackedRuns``).
struct CoMentionRuns {
    let db: Database
    private var runs: PackedRuns<CoMentionEntry> { PackedRuns(db: db) }

    /// Adds `entries` (increasing ``CoMentionEntry/other``) to the edges of `entity`; `isNew`
    /// when the entity has no runs yet.
    func add(_ entity: Int64, _ entries: [CoMentionEntry], isNew: Bool = false) throws {
        try runs.add(entity, entries, isNew: isNew)
    }

    /// Adds the counts of `pairs` to both ends of each pair; `sign` -1 takes them out. Entities
    /// from `firstNew` on have no runs yet.
    func add(_ pairs: some CoMentionCounts, sign: Int = 1, firstNew: Int64 = .max) throws {
        var inserter = try runs.inserter()
        try pairs.forEachEntity { entity, entries in
            try runs.add(entity, sign == 1 ? entries : entries.map { CoMentionEntry(other: $0.other, sentences: sign * $0.sentences, documents: sign * $0.documents) },
                         isNew: entity >= firstNew, into: &inserter)
        }
        try inserter.finish()
    }

    /// The edges of `entity`, by increasing id of the other end.
    func edges(of entity: Int64) throws -> [CoMentionEntry] {
        try runs.edges(of: entity)
    }

    /// The edge between `a` and `b`, read from the end with fewer stored entries; nil when none.
    func edge(_ a: Int64, _ b: Int64) throws -> CoMentionEntry? {
        let smaller = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT entity FROM co_mention_runs WHERE entity IN (?1, ?2) GROUP BY entity ORDER BY sum(entries), entity LIMIT 1
            """), arguments: [a, b])
        guard let smaller else { return nil }
        let other = smaller == a ? b : a
        let edges = try edges(of: smaller)
        var low = 0, high = edges.count
        while low < high {
            let middle = (low + high) / 2
            if edges[middle].other < other { low = middle + 1 } else { high = middle }
        }
        guard low < edges.count, edges[low].other == other else { return nil }
        return edges[low]
    }

    /// Sets the edge between `a` and `b` to these counts (none when `documents` is 0).
    func set(_ a: Int64, _ b: Int64, sentences: Int, documents: Int) throws {
        let stored = try edge(a, b)
        let change = (sentences - (stored?.sentences ?? 0), documents - (stored?.documents ?? 0))
        guard change != (0, 0) else { return }
        try add(a, [CoMentionEntry(other: b, sentences: change.0, documents: change.1)])
        try add(b, [CoMentionEntry(other: a, sentences: change.0, documents: change.1)])
    }

    /// Takes every edge of `entity` out, from both ends; returns the entities at their other ends.
    func removeAll(of entity: Int64) throws -> [Int64] {
        let edges = try edges(of: entity)
        try delete(entity)
        for edge in edges {
            try add(edge.other, [CoMentionEntry(other: entity, sentences: -edge.sentences, documents: -edge.documents)])
        }
        return edges.map(\.other)
    }

    /// Deletes the runs of `entity`.
    func delete(_ entity: Int64) throws {
        try runs.delete(entity)
    }

    /// The number of edges of each entity that has any (``PackedRuns/degrees()``).
    func degrees() throws -> [Int64: Int] {
        try runs.degrees()
    }

    /// Calls `body` with each entity that has edges and its edges, by increasing entity id.
    func forEachEntity(_ body: (Int64, [CoMentionEntry]) throws -> Void) throws {
        try runs.forEachEntity(body)
    }
}
