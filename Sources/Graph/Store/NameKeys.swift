import GRDB
import NER

/// The `name_keys` table: each entity under the resolver's blocking keys of its name and of
/// its aliases (``EntityResolver/blockingKeys(name:type:)``), so that a batch is resolved only
/// against the stored entities it could merge with.
///
/// A change to the keys the resolver uses needs a migration that rebuilds the table.
struct NameKeys {
    let db: Database

    /// Files entities under the keys of their canonical names.
    func add(names: some Sequence<(id: Int64, name: String, type: EntityType)>) throws {
        var insert = try inserter()
        for (id, name, type) in names {
            for key in EntityResolver.blockingKeys(name: name, type: type) { try insert.add(Filed(key: key, entity: id)) }
        }
        try insert.finish()
    }

    /// Files entities under the keys of their surface forms.
    func add(aliases: some Sequence<(id: Int64, name: String)>) throws {
        var insert = try inserter()
        for (id, name) in aliases {
            for key in EntityResolver.blockingKeys(form: name) { try insert.add(Filed(key: key, entity: id)) }
        }
        try insert.finish()
    }

    /// An entity filed under a key: a row of `name_keys`.
    private struct Filed: BulkRow {
        var key: String
        var entity: Int64

        func bind(into binder: inout ParameterBinder) {
            binder(key); binder(entity)
        }
    }

    /// Rows of `name_keys`, many a statement; a key an entity is filed under already is passed over.
    private func inserter() throws -> BulkInserter<Filed> {
        try BulkInserter(db, into: "name_keys", columns: ["key", "entity_id"], onConflict: "DO NOTHING")
    }

    /// Files `ids` again from their current name and aliases; an entity that is gone loses its keys.
    func refresh(_ ids: some Collection<Int64>) throws {
        guard !ids.isEmpty else { return }
        let list = ids.map(String.init).joined(separator: ",")
        try db.execute(sql: "DELETE FROM name_keys WHERE entity_id IN (\(list))")
        try add(names: Row.fetchAll(db, sql: "SELECT id, name, type FROM entities WHERE id IN (\(list))").map {
            (id: $0[0], name: $0[1], type: EntityType(rawValue: $0[2]) ?? .place)
        })
        try add(aliases: Row.fetchAll(db, sql: "SELECT entity_id, name FROM aliases WHERE entity_id IN (\(list))").map { (id: $0[0], name: $0[1]) })
    }

    /// The ids of the entities filed under any of `keys`.
    func entities(under keys: Set<String>) throws -> Set<Int64> {
        var ids = Set<Int64>()
        let read = try BoundStatement(db, sql: "SELECT entity_id FROM name_keys WHERE key = ?")
        for key in keys { try read.forEachRow(key) { ids.insert($0[0]) } }
        return ids
    }
}
