import Graph
import NER
import PostgresNIO

/// Reading entities from the `entities` table.
extension PostgresGraphStore {
    /// The columns ``entity(_:)`` decodes.
    static let entityColumns = "id, name, type, mentions, documents, first_date, last_date"

    func entity(_ row: PostgresRow) throws -> GraphEntity {
        let (id, name, type, mentions, documents, first, last) = try session.decode(row, (Int64, String, String, Int, Int, String?, String?).self)
        return GraphEntity.stored(id: id, name: name, type: EntityType(rawValue: type) ?? .place, mentions: mentions, documents: documents,
                                  firstSeen: first, lastSeen: last)
    }

    /// The entities `sql` selects (it reads ``entityColumns``, in order).
    func entities(_ sql: PostgresQuery) throws -> [GraphEntity] {
        try session.query(sql).map(entity)
    }

    /// The entities `ids`, by id.
    func entities(ids: some Collection<Int64>) throws -> [Int64: GraphEntity] {
        guard !ids.isEmpty else { return [:] }
        let found = try entities("SELECT \(unescaped: Self.entityColumns) FROM entities WHERE id = ANY(\(Array(ids)))")
        return Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0) })
    }
}
