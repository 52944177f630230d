import Foundation
import GRDB

/// The co-mention edges of the store, read and changed per entity.
///
/// Each entity's edges are packed lists (``CoMentionList``) in rows of `co_mention_runs`, its
/// *runs*: an ingest batch appends one run to each entity it names, with the counts it adds; a
/// removal one with the counts it takes out. Reading an entity merges its runs. Runs are merged
/// by size, as in a log-structured merge tree: a new run takes in the newest runs that are at
/// most twice as long as what it holds so far, so run lengths fall geometrically from the oldest
/// to the newest; an entity keeps about log₂ of its batches in runs (at most ``maxRuns``), and
/// each entry is rewritten about that many times. Writing costs the same whatever the store
/// already holds, and no batch rewrites every entity's edges at once.
struct CoMentionRuns {
    let db: Database

    /// Runs an entity may keep; past them, a new run takes in the newest runs whatever their length.
    static let maxRuns = 8

    /// Adds `entries` (increasing ``CoMentionEntry/other``) to the edges of `entity`; `isNew`
    /// when the entity has no runs yet.
    func add(_ entity: Int64, _ entries: [CoMentionEntry], isNew: Bool = false) throws {
        guard !entries.isEmpty else { return }
        guard !isNew else { return try insert(entity, entries) }
        let stored = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, entries FROM co_mention_runs WHERE entity = ? ORDER BY id DESC"),
                                      arguments: [entity]).map { (id: $0[0] as Int64, entries: $0[1] as Int) }
        var length = entries.count, taken = 0
        while taken < stored.count, stored[taken].entries <= 2 * length || stored.count - taken >= Self.maxRuns {
            length += stored[taken].entries
            taken += 1
        }
        guard taken > 0 else { return try insert(entity, entries) }
        let read = try db.cachedStatement(sql: "SELECT others FROM co_mention_runs WHERE id = ?")
        let remove = try db.cachedStatement(sql: "DELETE FROM co_mention_runs WHERE id = ?")
        var lists: [[CoMentionEntry]] = []
        for run in stored[..<taken].reversed() {
            if let row = try Row.fetchOne(read, arguments: [run.id]) { lists.append(Self.entries(row, at: 0)) }
            try remove.execute(arguments: [run.id])
        }
        // Counts taken out stay in a merge of the newest runs: older runs hold what they cancel.
        try insert(entity, CoMentionList.merge(lists + [entries], complete: taken == stored.count))
    }

    /// Adds the counts of `pairs` to both ends of each pair; `sign` -1 takes them out. Entities
    /// from `firstNew` on have no runs yet.
    func add(_ pairs: PairCounts, sign: Int = 1, firstNew: Int64 = .max) throws {
        var entity: Int64 = 0
        var entries: [CoMentionEntry] = []
        try pairs.forEachFromBothEnds { pair, sentences, documents in
            let end = Int64(pair >> 32)
            if end != entity {
                try add(entity, entries, isNew: entity >= firstNew)
                entries.removeAll(keepingCapacity: true)
                entity = end
            }
            entries.append(CoMentionEntry(other: Int64(pair & 0xFFFF_FFFF), sentences: sign * sentences, documents: sign * documents))
        }
        try add(entity, entries, isNew: entity >= firstNew)
    }

    /// The edges of `entity`, by increasing id of the other end.
    func edges(of entity: Int64) throws -> [CoMentionEntry] {
        CoMentionList.merge(try runs(of: entity), complete: true)
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
        try db.cachedStatement(sql: "DELETE FROM co_mention_runs WHERE entity = ?").execute(arguments: [entity])
    }

    /// The number of edges of each entity that has any.
    /// - Complexity: reads the index alone for an entity with one run (its entries are its
    ///   edges); merges the runs of the others.
    func degrees() throws -> [Int64: Int] {
        var degrees: [Int64: Int] = [:]
        var several: [Int64] = []
        for row in try Row.fetchAll(db, sql: "SELECT entity, count(*), sum(entries) FROM co_mention_runs GROUP BY entity") {
            if row[1] as Int == 1 { degrees[row[0]] = row[2] } else { several.append(row[0]) }
        }
        for entity in several { degrees[entity] = try edges(of: entity).count }
        return degrees.filter { $0.value > 0 }
    }

    /// Calls `body` with each entity that has edges and its edges, by increasing entity id.
    func forEachEntity(_ body: (Int64, [CoMentionEntry]) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT entity, others FROM co_mention_runs ORDER BY entity, id")
        var entity: Int64?
        var runs: [[CoMentionEntry]] = []
        func flush() throws {
            guard let entity else { return }
            let edges = CoMentionList.merge(runs, complete: true)
            if !edges.isEmpty { try body(entity, edges) }
            runs.removeAll(keepingCapacity: true)
        }
        while let row = try rows.next() {
            let rowEntity: Int64 = row[0]
            if rowEntity != entity {
                try flush()
                entity = rowEntity
            }
            runs.append(Self.entries(row, at: 1))
        }
        try flush()
    }

    private func runs(of entity: Int64) throws -> [[CoMentionEntry]] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT others FROM co_mention_runs WHERE entity = ? ORDER BY id"), arguments: [entity])
        var runs: [[CoMentionEntry]] = []
        while let row = try rows.next() { runs.append(Self.entries(row, at: 0)) }
        return runs
    }

    private func insert(_ entity: Int64, _ entries: [CoMentionEntry]) throws {
        guard !entries.isEmpty else { return }
        try db.cachedStatement(sql: "INSERT INTO co_mention_runs (entity, entries, others) VALUES (?, ?, ?)")
            .execute(arguments: [entity, entries.count, Data(CoMentionList.pack(entries))])
    }

    private static func entries(_ row: Row, at column: Int) -> [CoMentionEntry] {
        var entries: [CoMentionEntry] = []
        if let data = row.dataNoCopy(atIndex: column) {
            data.withUnsafeBytes { CoMentionList.unpack($0, into: &entries) }
        }
        return entries
    }
}
