import Foundation
import GRDB

/// Edges kept per entity as packed lists (``RunEntry``) in rows of a table, its *runs*: an ingest
/// batch appends one run to each entity it touches, with the counts it adds; a removal one with
/// the counts it takes out. Reading an entity merges its runs. Runs are merged by size, as in a
/// log-structured merge tree with fan-out ``fanOut``: like the digits of a counter in base 4, a
/// new run and the three newest runs no more than twice as long as what is gathered become one,
/// and so on up the sizes; an entity keeps up to three runs of each size (at most ``maxRuns``),
/// and each entry is rewritten about log₄ of its entity's batches times. Most batches only append
/// a run to an entity: a batch touches every entity of a collection, and a merge rewrites the
/// pages that held the runs it replaces, so an entity's runs are merged in one batch out of four
/// rather than in nearly every batch. Writing costs the same whatever the
/// store already holds, and an entity's edges are read from a few rows however scattered the
/// batches that wrote them.
struct PackedRuns<Entry: RunEntry> {
    let db: Database

    /// Runs of about one size that are merged into one.
    static var fanOut: Int { 4 }
    /// Runs an entity may keep; past them, a new run takes in the newest runs whatever their length.
    static var maxRuns: Int { 12 }

    /// Writes new runs of many entities, ``BulkInserter/rowsPerStatement`` a statement.
    typealias Inserter = BulkInserter<Int64, Int, SQLiteBlob<UInt8>>

    /// An ``Inserter`` into this table; ``BulkInserter/finish()`` writes its last runs.
    func inserter() throws -> Inserter {
        try Inserter(db, into: Entry.table, columns: ["entity", "entries", Entry.column])
    }

    /// Adds `entries` (increasing ``RunEntry/key``) to the edges of `entity`; `isNew` when the
    /// entity has no runs yet.
    func add(_ entity: Int64, _ entries: [Entry], isNew: Bool = false) throws {
        var inserter = try inserter()
        try add(entity, entries, isNew: isNew, into: &inserter)
        try inserter.finish()
    }

    /// Adds `entries` to the edges of `entity`, as ``add(_:_:isNew:)``, with the new run written
    /// through `inserter`: it is the entity's newest once written, so `entity` must not be
    /// added to again before `inserter` is finished.
    func add(_ entity: Int64, _ entries: [Entry], isNew: Bool, into inserter: inout Inserter) throws {
        guard !entries.isEmpty else { return }
        guard !isNew else { return try Self.append(entries, of: entity, to: &inserter) }
        let stored = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, entries FROM \(Entry.table) WHERE entity = ? ORDER BY id DESC"),
                                      arguments: [entity]).map { (id: $0[0] as Int64, entries: $0[1] as Int) }
        var length = entries.count, taken = 0
        let group = Self.fanOut - 1
        while taken + group <= stored.count, stored[taken..<taken + group].allSatisfy({ $0.entries <= 2 * length }) {
            length += stored[taken..<taken + group].reduce(0) { $0 + $1.entries }
            taken += group
        }
        while stored.count - taken >= Self.maxRuns {
            length += stored[taken].entries
            taken += 1
        }
        guard taken > 0 else { return try Self.append(entries, of: entity, to: &inserter) }
        // The runs taken are the newest: those from the oldest taken on.
        let oldest = stored[taken - 1].id
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(Entry.column) FROM \(Entry.table) WHERE entity = ? AND id >= ? ORDER BY id"),
                                       arguments: [entity, oldest])
        var lists: [[Entry]] = []
        while let row = try rows.next() { lists.append(Self.entries(row, at: 0)) }
        try db.cachedStatement(sql: "DELETE FROM \(Entry.table) WHERE entity = ? AND id >= ?").execute(arguments: [entity, oldest])
        // Counts taken out stay in a merge of the newest runs: older runs hold what they cancel.
        try Self.append(Entry.merge(lists + [entries], complete: taken == stored.count), of: entity, to: &inserter)
    }

    /// Writes `entries` as a new run of `entity` through `inserter`; none when there are none.
    private static func append(_ entries: [Entry], of entity: Int64, to inserter: inout Inserter) throws {
        guard !entries.isEmpty else { return }
        try inserter.add(entity, entries.count, SQLiteBlob(elements: Entry.pack(entries)))
    }

    /// The edges of `entity`, by increasing key.
    func edges(of entity: Int64) throws -> [Entry] {
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(Entry.column) FROM \(Entry.table) WHERE entity = ? ORDER BY id"),
                                       arguments: [entity])
        var runs: [[Entry]] = []
        while let row = try rows.next() { runs.append(Self.entries(row, at: 0)) }
        return Entry.merge(runs, complete: true)
    }

    /// The number of edges of each entity that has any.
    /// - Complexity: reads the index alone for an entity with one run (its entries are its
    ///   edges); the runs of the others in one pass, counting the keys whose documents sum above
    ///   zero (as a complete merge keeps them) without merging.
    func degrees() throws -> [Int64: Int] {
        var degrees: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT entity, sum(entries) FROM \(Entry.table) GROUP BY entity HAVING count(*) = 1") {
            degrees[row[0]] = row[1]
        }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT entity, \(Entry.column) FROM \(Entry.table)
            WHERE entity IN (SELECT entity FROM \(Entry.table) GROUP BY entity HAVING count(*) > 1) ORDER BY entity
            """)
        var entity: Int64?
        var entries: [Entry] = []
        func count() {
            guard let entity else { return }
            // Each run is in key order: sorting their concatenation merges them.
            entries.sort { $0.key < $1.key }
            var edges = 0, i = 0
            while i < entries.count {
                let key = entries[i].key
                var documents = 0
                while i < entries.count, entries[i].key == key {
                    documents += entries[i].documents
                    i += 1
                }
                if documents > 0 { edges += 1 }
            }
            degrees[entity] = edges
            entries.removeAll(keepingCapacity: true)
        }
        while let row = try rows.next() {
            let rowEntity: Int64 = row[0]
            if rowEntity != entity {
                count()
                entity = rowEntity
            }
            if let data = row.dataNoCopy(atIndex: 1) { data.withUnsafeBytes { Entry.unpack($0, into: &entries) } }
        }
        count()
        return degrees.filter { $0.value > 0 }
    }

    /// Calls `body` with each entity that has edges and its edges, by increasing entity id.
    func forEachEntity(_ body: (Int64, [Entry]) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: "SELECT entity, \(Entry.column) FROM \(Entry.table) ORDER BY entity, id")
        var entity: Int64?
        var runs: [[Entry]] = []
        func flush() throws {
            guard let entity else { return }
            let edges = Entry.merge(runs, complete: true)
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

    /// Deletes the runs of `entity`.
    func delete(_ entity: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM \(Entry.table) WHERE entity = ?").execute(arguments: [entity])
    }

    private static func entries(_ row: Row, at column: Int) -> [Entry] {
        var entries: [Entry] = []
        if let data = row.dataNoCopy(atIndex: column) {
            entries.reserveCapacity(data.count / 3)
            data.withUnsafeBytes { Entry.unpack($0, into: &entries) }
        }
        return entries
    }
}
