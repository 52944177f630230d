import GRDB

/// Recomputes the stored counts of entities, aliases and edges from the mention rows (a
/// co-mention edge's documents: those naming both ends; its sentences: those naming both,
/// ``SharedSentences``) and action evidence rows, after entities were merged. (Adding documents
/// updates the counts in place, `BatchWriter`; removing them subtracts what they added,
/// ``DocumentRemoval``.) Entities and edges left with nothing are deleted. Each change to an
/// action edge's counts is written to its ends' runs too (``ActionRuns``).
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
            // An entity without mentions has no edges left: its runs only hold counts that cancel out.
            if db.changesCount > 0 {
                try CoMentionRuns(db: db).delete(id)
                try ActionRuns(db: db).delete(id)
            }
        }
        try NameKeys(db: db).refresh(ids)
    }

    /// - Parameter ids: edge ids; a co-mention edge's (``CoMentionID``) need not be stored yet.
    func refresh(edges ids: Set<Int64>) throws {
        let shared = SharedSentences(db: db)
        var changes: [ActionChange] = []
        for id in ids.sorted() {
            if let (a, b) = CoMentionID.ends(id) {
                let sentences = try shared.between(a, b).reduce(0) { $0 + $1.sentences.count }
                let documents = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT doc_id FROM mentions WHERE entity_id = ? INTERSECT SELECT doc_id FROM mentions WHERE entity_id = ?)
                    """, arguments: [a, b]) ?? 0
                try CoMentionRuns(db: db).set(a, b, sentences: sentences, documents: documents)
            } else {
                guard let old = try Row.fetchOne(db, sql: "SELECT source, target, sentences, documents FROM edges WHERE id = ?", arguments: [id]) else {
                    continue
                }
                let new = try Row.fetchOne(db, sql: "SELECT coalesce(sum(sentences), 0), count(*) FROM evidence WHERE edge_id = ?", arguments: [id])!
                try db.execute(sql: "UPDATE edges SET sentences = ?, documents = ? WHERE id = ?", arguments: [new[0] as Int, new[1] as Int, id])
                try db.execute(sql: "DELETE FROM edges WHERE id = ? AND documents = 0", arguments: [id])
                changes.append(ActionChange(edge: id, source: old[0], target: old[1], sentences: new[0] - (old[2] as Int), documents: new[1] - (old[3] as Int)))
            }
        }
        try ActionRuns(db: db).add(changes)
    }
}
