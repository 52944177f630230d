import GRDB

extension GraphStore {
    /// Up to `limit` entities with a word of their name that starts with `text`, compared as
    /// ``SearchKey``s (`kule` → `Dmytro Kuleba`): names that start with it first, then names with
    /// a later word that does, each most mentioned first. Search as you type; aliases are
    /// ``lookup(_:knownAs:)``'s part.
    ///
    /// - Complexity: a range of the key index for names that start with `text`; for the later
    ///   words, a walk down the mentions index that stops after `limit` finds (all entities when
    ///   there are fewer).
    public func completions(_ text: String, limit: Int = 10) throws(GraphStoreError) -> [GraphEntity] {
        let key = SearchKey.of(text)
        guard !key.isEmpty, limit > 0 else { return [] }
        return try read { db in
            let starting = try EntityRows.fetch(db, where: "key >= ?1 AND key < ?2", [key, key + "\u{10FFFF}"],
                                                suffix: "ORDER BY mentions DESC, name LIMIT \(limit)")
            guard starting.count < limit else { return starting }
            // Keys hold letters, digits and single spaces only, so `key` has no LIKE wildcards.
            let inside = try EntityRows.fetch(db, where: "key LIKE '% ' || ? || '%'", [key],
                                              suffix: "ORDER BY mentions DESC LIMIT \(limit - starting.count)")
            return starting + inside
        }
    }
}
