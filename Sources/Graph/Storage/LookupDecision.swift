/// How `lookup` decides between the entities a name could mean, in both stores.
package enum LookupDecision {
    /// The one candidate, several (ambiguous, the first 10), or none.
    package static func decide(_ candidates: [GraphEntity]) -> LookupResult? {
        switch candidates.count {
        case 0: return nil
        case 1: return .found(candidates[0])
        default: return .ambiguous(Array(candidates.prefix(10)))
        }
    }

    /// The entities whose name or alias is fewest edits from a key: one within a quarter of the
    /// length is the answer (several: ambiguous); farther ones, within half, are suggestions.
    package struct Closest {
        let key: String
        let limit: Int
        private var best: [Int64: Int] = [:]

        package init(key: String) {
            self.key = key
            limit = max(2, key.count / 2)
        }

        /// Weighs the name or alias `key` of entity `id`.
        package mutating func add(_ id: Int64, key other: String) {
            let d = SearchKey.distance(key, other, limit: limit)
            if d <= limit { best[id] = min(best[id] ?? d, d) }
        }

        /// The entities within reach, to read.
        package var candidates: Dictionary<Int64, Int>.Keys { best.keys }

        /// The answer, from the candidates read (those left out, e.g. of another type, do not count).
        package func result(_ entities: [Int64: GraphEntity]) -> LookupResult {
            let best = best.filter { entities[$0.key] != nil }
            let ranked = best.sorted { ($0.value, -(entities[$0.key]?.mentions ?? 0)) < ($1.value, -(entities[$1.key]?.mentions ?? 0)) }
            let near = ranked.filter { $0.value <= max(1, key.count / 4) && $0.value == ranked.first?.value }
            if near.count == 1, let entity = entities[near[0].key] { return .found(entity) }
            if near.count > 1 { return .ambiguous(near.prefix(10).compactMap { entities[$0.key] }) }
            return .notFound(suggestions: ranked.prefix(5).compactMap { entities[$0.key] })
        }
    }
}
