import GRDB

/// A change to the counts of one action edge of `edges`, to write at both its ends.
struct ActionChange {
    var edge: Int64
    var source: Int64
    var target: Int64
    var sentences: Int
    var documents: Int
}

/// The action edges of each entity, both ways, as packed runs of ``ActionEntry`` in
/// `action_runs` (``PackedRuns``): an entity's edges are read from a few rows, not from rows of
/// `edges` scattered over every batch that stated one. `edges` stays the home of each edge's
/// predicate and unique key; every change to its counts is written here too (``add(_:firstNew:)``).
struct ActionRuns {
    let db: Database
    private var runs: PackedRuns<ActionEntry> { PackedRuns(db: db) }

    /// Adds `changes` to both ends of their edges (an edge from an entity to itself, once).
    /// Entities from `firstNew` on have no runs yet.
    func add(_ changes: [ActionChange], firstNew: Int64 = .max) throws {
        // Each change at its ends, by entity, then by edge.
        var ends: [(entity: Int64, entry: ActionEntry)] = []
        ends.reserveCapacity(2 * changes.count)
        for change in changes where change.sentences != 0 || change.documents != 0 {
            ends.append((change.source, ActionEntry(edge: change.edge, other: change.target, outgoing: true,
                                                    sentences: change.sentences, documents: change.documents)))
            if change.target != change.source {
                ends.append((change.target, ActionEntry(edge: change.edge, other: change.source, outgoing: false,
                                                        sentences: change.sentences, documents: change.documents)))
            }
        }
        ends = ends.stablySorted(byKey: { $0.entity }, then: { $0.entry.edge < $1.entry.edge })
        var inserter = try runs.inserter()
        var start = 0
        while start < ends.count {
            let entity = ends[start].entity
            var end = start + 1
            while end < ends.count, ends[end].entity == entity { end += 1 }
            try runs.add(entity, ends[start..<end].map(\.entry), isNew: entity >= firstNew, into: &inserter)
            start = end
        }
        try inserter.finish()
    }

    /// The action edges from and to `entity`, by increasing edge id.
    func edges(of entity: Int64) throws -> [ActionEntry] {
        try runs.edges(of: entity)
    }

    /// Deletes the runs of `entity`.
    func delete(_ entity: Int64) throws {
        try runs.delete(entity)
    }
}
