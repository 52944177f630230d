import GRDB

extension GraphStore {
    /// Up to `limit` entities, most mentioned first, with a word of their name or of an alias
    /// that starts with `text`, compared as ``SearchKey``s (`kule` → `Dmytro Kuleba`): search as
    /// you type.
    ///
    /// - Complexity: a scan of the entity and alias keys (a prefix of the whole name alone
    ///   would use the key index; a word inside it cannot).
    public func completions(_ text: String, limit: Int = 10) throws(GraphStoreError) -> [GraphEntity] {
        let key = SearchKey.of(text)
        guard !key.isEmpty, limit > 0 else { return [] }
        return try read { db in
            // Keys hold letters, digits and single spaces only, so `key` has no LIKE wildcards.
            try EntityRows.fetch(db, where: """
                key LIKE ?1 || '%' OR key LIKE '% ' || ?1 || '%'
                OR id IN (SELECT entity_id FROM aliases WHERE key LIKE ?1 || '%' OR key LIKE '% ' || ?1 || '%')
                """, [key], suffix: "ORDER BY mentions DESC, name LIMIT \(limit)")
        }
    }
}
