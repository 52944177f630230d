import GRDB
import NER

/// The stored entities new documents resolve against.
struct KnownEntities {
    let db: Database

    /// Whether the store holds any entity.
    func any() throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM entities)") ?? false
    }

    /// The stored entities of one of `types` filed under one of `keys` (``NameKeys``), with their
    /// surface forms and counts, by canonical name.
    func fetch(types: Set<EntityType>, keys: Set<String>) throws -> [KnownEntity] {
        let ids = try NameKeys(db: db).entities(under: keys)
        guard !types.isEmpty, !ids.isEmpty else { return [] }
        var entities: [KnownEntity] = []
        let read = try BoundStatement(db, sql: "SELECT e.name, e.type, a.name, a.count FROM entities e JOIN aliases a ON a.entity_id = e.id WHERE e.id = ?")
        // By id, so that entities of one canonical name keep one order.
        for id in ids.sorted() {
            var entity: KnownEntity?
            try read.forEachRow(id) { row in
                if entity == nil {
                    guard let type = EntityType(rawValue: row[1]), types.contains(type) else { return }
                    entity = KnownEntity(canonical: row[0], type: type, surfaceForms: [:])
                }
                entity!.surfaceForms[row[2]] = row[3]
            }
            if let entity { entities.append(entity) }
        }
        return entities.sorted { $0.canonical < $1.canonical }
    }
}
