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
        let typeList = types.map { "'\($0.rawValue)'" }.joined(separator: ",")
        var entities: [Int64: KnownEntity] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.name, e.type, a.name, a.count FROM entities e JOIN aliases a ON a.entity_id = e.id
            WHERE e.type IN (\(typeList)) AND e.id IN (\(ids.map(String.init).joined(separator: ",")))
            """)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            if entities[id] == nil {
                entities[id] = KnownEntity(canonical: row[1], type: EntityType(rawValue: row[2]) ?? .place, surfaceForms: [:])
            }
            entities[id]!.surfaceForms[row[3]] = row[4]
        }
        return entities.values.sorted { $0.canonical < $1.canonical }
    }
}
