import GRDB

/// Changes to the co-mention edge between two entities, made to its `co_mentions` row at each end
/// alike; an edge left without documents is deleted.
struct CoMentionRows {
    let db: Database

    /// Sets the edge's counts, storing it if needed.
    func set(_ a: Int64, _ b: Int64, sentences: Int, documents: Int) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO co_mentions (entity, other, sentences, documents) VALUES (?1, ?2, ?3, ?4), (?2, ?1, ?3, ?4)
            """, arguments: [a, b, sentences, documents])
        try deleteIfEmpty(a, b)
    }

    /// Takes every edge of entity `id` out; returns the entities at their other ends.
    func removeAll(of id: Int64) throws -> [Int64] {
        let others = try Int64.fetchAll(db, sql: "SELECT other FROM co_mentions WHERE entity = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM co_mentions WHERE entity = ?", arguments: [id])
        let remove = try db.cachedStatement(sql: "DELETE FROM co_mentions WHERE entity = ? AND other = ?")
        for other in others { try remove.execute(arguments: [other, id]) }
        return others
    }

    private func deleteIfEmpty(_ a: Int64, _ b: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM co_mentions WHERE ((entity = ?1 AND other = ?2) OR (entity = ?2 AND other = ?1)) AND documents <= 0")
            .execute(arguments: [a, b])
    }
}
