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
/// batches that wrote them. Runs are read in the order of the index by entity, not by id: a merge
/// sums the same entries whatever the order of its runs, and sorting rows by id would copy every
/// run read into a temporary B-tree.
struct PackedRuns<Entry: RunEntry> {
    let db: Database

    /// Runs of about one size that are merged into one.
    static var fanOut: Int { 4 }
    /// Runs an entity may keep; past them, a new run takes in the newest runs whatever their length.
    static var maxRuns: Int { 12 }

    /// A new run's row: its entity, its number of entries and the entries packed.
    struct Run: BulkRow {
        var entity: Int64
        var entries: Int
        var packed: [UInt8]

        func bind(into binder: inout ParameterBinder) {
            binder(entity); binder(entries); binder(SQLiteBlob(elements: packed))
        }
    }

    /// Writes new runs of many entities, ``BulkInserter/rowsPerStatement`` a statement.
    typealias Inserter = BulkInserter<Run>

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
        // Newest first; sorted here, as SQLite would sort them in a temporary B-tree.
        var stored: [(id: Int64, entries: Int)] = []
        try BoundStatement(db, sql: "SELECT id, entries FROM \(Entry.table) WHERE entity = ?").forEachRow(entity) { stored.append(($0[0], $0[1])) }
        stored.sort { $0.id > $1.id }
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
        var merged: [Entry] = []
        merged.reserveCapacity(length)
        try BoundStatement(db, sql: "SELECT \(Entry.column) FROM \(Entry.table) WHERE entity = ? AND id >= ?").forEachRow(entity, oldest) {
            Self.unpack($0, at: 0, into: &merged)
        }
        try BoundStatement(db, sql: "DELETE FROM \(Entry.table) WHERE entity = ? AND id >= ?").run(entity, oldest)
        merged += entries
        // Counts taken out stay in a merge of the newest runs: older runs hold what they cancel.
        Entry.merge(&merged, runs: taken + 1, complete: taken == stored.count)
        try Self.append(merged, of: entity, to: &inserter)
    }

    /// Writes `entries` as a new run of `entity` through `inserter`; none when there are none.
    private static func append(_ entries: [Entry], of entity: Int64, to inserter: inout Inserter) throws {
        guard !entries.isEmpty else { return }
        try inserter.add(Run(entity: entity, entries: entries.count, packed: Entry.pack(entries)))
    }

    /// The edges of `entity`, by increasing key.
    func edges(of entity: Int64) throws -> [Entry] {
        var edges: [Entry] = [], runs = 0
        // Room for every entry at once (the index holds the counts): a hub's are tens of thousands.
        edges.reserveCapacity(try Int.fetchOne(db.cachedStatement(sql: "SELECT sum(entries) FROM \(Entry.table) WHERE entity = ?"),
                                               arguments: [entity]) ?? 0)
        try BoundStatement(db, sql: "SELECT \(Entry.column) FROM \(Entry.table) WHERE entity = ?").forEachRow(entity) {
            Self.unpack($0, at: 0, into: &edges)
            runs += 1
        }
        Entry.merge(&edges, runs: runs, complete: true)
        return edges
    }

    /// The number of edges of each entity that has any.
    /// - Complexity: reads the index alone for an entity with one run (its entries are its
    ///   edges); the runs of the others in one pass, merged entity by entity.
    func degrees() throws -> [Int64: Int] {
        var degrees: [Int64: Int] = [:]
        try BoundStatement(db, sql: "SELECT entity, sum(entries) FROM \(Entry.table) GROUP BY entity HAVING count(*) = 1").forEachRow {
            degrees[$0[0]] = $0[1]
        }
        try forEachEntity(where: "entity IN (SELECT entity FROM \(Entry.table) GROUP BY entity HAVING count(*) > 1)") { degrees[$0] = $1.count }
        return degrees.filter { $0.value > 0 }
    }

    /// Calls `body` with each entity that has edges and its edges, by increasing entity id.
    func forEachEntity(_ body: (Int64, [Entry]) throws -> Void) throws {
        try forEachEntity(where: "1", body)
    }

    /// ``forEachEntity(_:)`` over the entities that pass the SQL condition `condition`.
    private func forEachEntity(where condition: String, _ body: (Int64, [Entry]) throws -> Void) throws {
        var entity: Int64?
        var edges: [Entry] = [], runs = 0
        func flush() throws {
            guard let entity else { return }
            Entry.merge(&edges, runs: runs, complete: true)
            if !edges.isEmpty { try body(entity, edges) }
            edges.removeAll(keepingCapacity: true)
            runs = 0
        }
        try BoundStatement(db, sql: "SELECT entity, \(Entry.column) FROM \(Entry.table) WHERE \(condition) ORDER BY entity").forEachRow { row in
            let rowEntity: Int64 = row[0]
            if rowEntity != entity {
                try flush()
                entity = rowEntity
            }
            Self.unpack(row, at: 1, into: &edges)
            runs += 1
        }
        try flush()
    }

    /// Deletes the runs of `entity`.
    func delete(_ entity: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM \(Entry.table) WHERE entity = ?").execute(arguments: [entity])
    }

    /// Appends the entries of the run in `column` of `row` to `entries`.
    private static func unpack(_ row: ResultRow, at column: Int32, into entries: inout [Entry]) {
        row.withBytes(column) { Entry.unpack($0, into: &entries) }
    }
}
