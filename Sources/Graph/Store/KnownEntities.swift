import GRDB
import NER

/// The stored entities new documents resolve against.
struct KnownEntities {
    let db: Database

    /// Every stored entity of one of `types`, with its surface forms and counts.
    func fetch(types: Set<EntityType>) throws -> [KnownEntity] {
        guard !types.isEmpty else { return [] }
        let list = types.map { "'\($0.rawValue)'" }.joined(separator: ",")
        var entities: [Int64: KnownEntity] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT e.id, e.name, e.type, a.name, a.count FROM entities e JOIN aliases a ON a.entity_id = e.id
            WHERE e.type IN (\(list))
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
