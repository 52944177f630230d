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
            if let result = Self.decide(prefixed) { return result }
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
        return Self.decide(aliased)
    }

    private static func decide(_ candidates: [GraphEntity]) -> LookupResult? {
        switch candidates.count {
        case 0: return nil
        case 1: return .found(candidates[0])
        default: return .ambiguous(Array(candidates.prefix(10)))
        }
    }

    /// Entities whose name or alias is fewest edits away: one within a quarter of the length is
    /// the answer (several: ambiguous); farther ones, within half, are suggestions.
    private func closest(_ db: Database, key: String, type: EntityType?) throws -> LookupResult {
        let limit = max(2, key.count / 2)
        var best: [Int64: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, key FROM entities UNION ALL SELECT entity_id, key FROM aliases")
        while let row = try rows.next() {
            let d = SearchKey.distance(key, row[1], limit: limit)
            if d <= limit { best[row[0]] = min(best[row[0]] ?? d, d) }
        }
        let entities = try EntityRows.fetch(db, ids: best.keys).filter { type == nil || $0.value.type == type }
        best = best.filter { entities[$0.key] != nil }
        let ranked = best.sorted { ($0.value, -(entities[$0.key]?.mentions ?? 0)) < ($1.value, -(entities[$1.key]?.mentions ?? 0)) }
        let near = ranked.filter { $0.value <= max(1, key.count / 4) && $0.value == ranked.first?.value }
        if near.count == 1, let entity = entities[near[0].key] { return .found(entity) }
        if near.count > 1 { return .ambiguous(near.prefix(10).compactMap { entities[$0.key] }) }
        return .notFound(suggestions: ranked.prefix(5).compactMap { entities[$0.key] })
    }
}
