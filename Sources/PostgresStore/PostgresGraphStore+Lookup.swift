import Graph
import NER
import PostgresNIO

/// Finding entities by name, with the meaning, order and ties of ``GraphStore``'s (documented there).
extension PostgresGraphStore {
    public func lookup(_ name: String, type: EntityType?, knownAs: (String) -> String?) throws(GraphStoreError) -> LookupResult {
        let key = SearchKey.of(name)
        let typed = type.map { " AND type = '\($0.rawValue)'" } ?? ""
        return try read {
            if let result = try exact(key: key, typed: typed) { return result }
            if let canonical = knownAs(name), let result = try exact(key: SearchKey.of(canonical), typed: typed) { return result }
            guard !key.isEmpty else { return .notFound(suggestions: []) }
            let upper = key + "\u{10FFFF}"
            let prefixed = try entities("""
                SELECT \(unescaped: Self.entityColumns) FROM entities
                WHERE (key >= \(key) AND key < \(upper) OR id IN (SELECT entity_id FROM aliases WHERE key >= \(key) AND key < \(upper)))\(unescaped: typed)
                ORDER BY mentions DESC, id LIMIT 11
                """)
            if let result = LookupDecision.decide(prefixed) { return result }
            var closest = LookupDecision.Closest(key: key)
            for row in try session.query("SELECT id, key FROM entities UNION ALL SELECT entity_id, key FROM aliases") {
                let (id, other) = try session.decode(row, (Int64, String).self)
                closest.add(id, key: other)
            }
            return closest.result(try entities(ids: Array(closest.candidates)).filter { type == nil || $0.value.type == type })
        }
    }

    private func exact(key: String, typed: String) throws -> LookupResult? {
        let named = try entities("SELECT \(unescaped: Self.entityColumns) FROM entities WHERE key = \(key)\(unescaped: typed) ORDER BY mentions DESC, type")
        if named.count == 1 { return .found(named[0]) }
        if named.count > 1 { return .sameName(named) }
        let aliased = try entities("""
            SELECT \(unescaped: Self.entityColumns) FROM entities
            WHERE (key = \(key) OR id IN (SELECT entity_id FROM aliases WHERE key = \(key)))\(unescaped: typed) ORDER BY mentions DESC, id LIMIT 11
            """)
        return LookupDecision.decide(aliased)
    }

    public func completions(_ text: String, limit: Int) throws(GraphStoreError) -> [GraphEntity] {
        let key = SearchKey.of(text)
        guard !key.isEmpty, limit > 0 else { return [] }
        return try read {
            let starting = try entities("""
                SELECT \(unescaped: Self.entityColumns) FROM entities WHERE key >= \(key) AND key < \(key + "\u{10FFFF}")
                ORDER BY mentions DESC, name LIMIT \(limit)
                """)
            guard starting.count < limit else { return starting }
            // Keys hold letters, digits and single spaces only, so `key` has no LIKE wildcards.
            let inside = try entities("""
                SELECT \(unescaped: Self.entityColumns) FROM entities WHERE key LIKE '% ' || \(key) || '%'
                ORDER BY mentions DESC, id LIMIT \(limit - starting.count)
                """)
            return starting + inside
        }
    }
}
