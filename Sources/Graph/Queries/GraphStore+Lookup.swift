import GRDB
import NER

/// The outcome of looking a name up.
public enum LookupResult: Sendable, Equatable {
    case found(GraphEntity)
    /// Several entities with this name, up to case and diacritics: of different types (`Ford` the
    /// company and a person `Ford`), most mentioned first.
    case sameName([GraphEntity])
    /// Several entities match equally well, most mentioned first.
    case ambiguous([GraphEntity])
    /// Nothing matches; the closest names, if any.
    case notFound(suggestions: [GraphEntity])
}

extension GraphStore {
    /// Finds the entity a user means by `name`, in this order: the canonical name or an alias,
    /// ignoring case and diacritics; the same for `knownAs(name)` (a gazetteer's canonical name,
    /// `Kiev` → `Kyiv`); a name or alias starting with `name`; a name or alias within a few edits
    /// (`Zelenskiy` → `Zelensky`). With `type`, only entities of that type are considered.
    public func lookup(_ name: String, type: EntityType? = nil, knownAs: (String) -> String? = { _ in nil }) throws(GraphStoreError) -> LookupResult {
        let key = SearchKey.of(name)
        let typed = type.map { " AND type = '\($0.rawValue)'" } ?? ""
        return try read { db in
            if let result = try exact(db, key: key, typed: typed) { return result }
            if let canonical = knownAs(name), let result = try exact(db, key: SearchKey.of(canonical), typed: typed) { return result }
            guard !key.isEmpty else { return .notFound(suggestions: []) }
            let upper = key + "\u{10FFFF}"
            let prefixed = try EntityRows.fetch(db, where: """
                (key >= ?1 AND key < ?2 OR id IN (SELECT entity_id FROM aliases WHERE key >= ?1 AND key < ?2))\(typed)
                """, [key, upper], suffix: "ORDER BY mentions DESC LIMIT 11")
            if let result = LookupDecision.decide(prefixed) { return result }
            return try closest(db, key: key, type: type)
        }
    }

    /// The entity named `key` up to case and diacritics, or the several so named; else the
    /// entities that have it as name or alias.
    private func exact(_ db: Database, key: String, typed: String) throws -> LookupResult? {
        let named = try EntityRows.fetch(db, where: "key = ?\(typed)", [key], suffix: "ORDER BY mentions DESC, type")
        if named.count == 1 { return .found(named[0]) }
        if named.count > 1 { return .sameName(named) }
        let aliased = try EntityRows.fetch(db, where: "(key = ?1 OR id IN (SELECT entity_id FROM aliases WHERE key = ?1))\(typed)", [key],
                                           suffix: "ORDER BY mentions DESC LIMIT 11")
        return LookupDecision.decide(aliased)
    }

    /// Entities whose name or alias is fewest edits away: one within a quarter of the length is
    /// the answer (several: ambiguous); farther ones, within half, are suggestions.
    private func closest(_ db: Database, key: String, type: EntityType?) throws -> LookupResult {
        var closest = LookupDecision.Closest(key: key)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, key FROM entities UNION ALL SELECT entity_id, key FROM aliases")
        while let row = try rows.next() { closest.add(row[0], key: row[1]) }
        return closest.result(try EntityRows.fetch(db, ids: closest.candidates).filter { type == nil || $0.value.type == type })
    }
}
