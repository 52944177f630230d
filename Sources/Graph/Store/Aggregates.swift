import GRDB

/// Recomputes the stored counts of entities, aliases and edges from the mention and evidence
/// rows (a co-mention edge's documents: those naming both ends), after documents were removed or entities merged. (Adding documents updates the counts
/// in place, `BatchWriter`.) Entities and edges left with nothing are deleted.
struct Aggregates {
    let db: Database

    func refresh(entities ids: Set<Int64>) throws {
        for id in ids {
            try db.execute(sql: """
                UPDATE entities SET
                    mentions = (SELECT coalesce(sum(count), 0) FROM mentions WHERE entity_id = :id),
                    documents = (SELECT count(DISTINCT doc_id) FROM mentions WHERE entity_id = :id),
                    first_date = (SELECT min(d.date) FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = :id),
                    last_date = (SELECT max(d.date) FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = :id)
                WHERE id = :id
                """, arguments: ["id": id])
            try db.execute(sql: "DELETE FROM aliases WHERE entity_id = ?", arguments: [id])
            let surfaces = try Row.fetchAll(db, sql: "SELECT surface, sum(count) FROM mentions WHERE entity_id = ? GROUP BY surface", arguments: [id])
            for row in surfaces {
                let name: String = row[0]
                try db.execute(sql: "INSERT INTO aliases (entity_id, name, key, count) VALUES (?, ?, ?, ?)",
                               arguments: [id, name, SearchKey.of(name), row[1] as Int])
            }
            try db.execute(sql: "DELETE FROM entities WHERE id = ? AND mentions = 0", arguments: [id])
        }
        try NameKeys(db: db).refresh(ids)
    }

    func refresh(edges ids: Set<Int64>) throws {
        for id in ids {
            try db.execute(sql: """
                UPDATE edges SET
                    sentences = (SELECT coalesce(sum(sentences), 0) FROM evidence WHERE edge_id = :id),
                    documents = CASE kind WHEN 0 THEN (SELECT count(*) FROM (
                            SELECT doc_id FROM mentions WHERE entity_id = edges.source
                            INTERSECT SELECT doc_id FROM mentions WHERE entity_id = edges.target))
                        ELSE (SELECT count(*) FROM evidence WHERE edge_id = :id) END
                WHERE id = :id
                """, arguments: ["id": id])
            try db.execute(sql: "DELETE FROM edges WHERE id = ? AND documents = 0", arguments: [id])
        }
    }
}
