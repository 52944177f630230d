import GRDB

/// Everything `lookup` shows about one entity.
public struct EntityCard: Sendable, Codable, Equatable {
    public var entity: GraphEntity
    /// Surface forms, most frequent first.
    public var aliases: [Alias]
    /// Paths of the documents that name it, most mentions first (at most 10, of those that pass
    /// the card's filter).
    public var documents: [String]
    /// The heaviest edges.
    public var neighbors: [Neighbor]
    /// Sentences that name it, with a neighbor where possible.
    public var evidence: [Evidence]
}

extension GraphStore {
    /// The card of `entity`: aliases, documents, `neighbors` strongest neighbors and up to
    /// `evidence` distinct sentences (one from each of the `4 × evidence` strongest edges stated in
    /// a sentence, then from its own mentions), documents and evidence from those that pass `filter`.
    public func card(of entity: GraphEntity, neighbors count: Int = 5, evidence: Int = 3,
                     documents filter: DocumentFilter = DocumentFilter()) throws(GraphStoreError) -> EntityCard {
        try read { db in
            let adjacency = Adjacency(db: db)
            // Read once: the strongest edges and those stated in a sentence both come from them.
            let incidents = try adjacency.strongestIncidents(of: entity.id, minWeight: NeighborQuery().minWeight, ranked: count,
                                                             stated: CardSentences.edges(for: evidence))
            let neighbors = try adjacency.ranked(incidents, limit: count).map { try adjacency.neighbor($0, entity: $1, depth: 1, evidence: []) }
            let aliases = try Row.fetchAll(db, sql: "SELECT name, count FROM aliases WHERE entity_id = ? ORDER BY count DESC, name",
                                           arguments: [entity.id]).map { Alias(name: $0[0], count: $0[1]) }
            let documents = try Self.documents(naming: entity.id, db, filter: filter)
            let sentences = try CardSentences.pick(evidence, from: incidents, edge: { try EntityRows.evidence(db, edge: $0, limit: 1, filter: filter) },
                                                   mentions: { count in
                let (condition, arguments) = filter.condition(on: "d", after: [entity.id, count])
                return try Row.fetchAll(db, sql: """
                    SELECT m.doc_id, m.spans FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?1\(condition) LIMIT ?2
                    """, arguments: arguments).map { (doc: $0[0], spans: $0[1]) }
            }, sentence: { try EntityRows.evidence(db, doc: $0, ranges: [$1]) })
            return EntityCard(entity: entity, aliases: aliases, documents: documents, neighbors: neighbors, evidence: sentences)
        }
    }

    /// The paths of the (up to) ten documents with the most mentions of `entity` among those that
    /// pass `filter`, ties by path. Without a filter, the counts come from the entity's mention
    /// rows alone, and paths are read only for the documents of the tiers of equal counts that
    /// reach the first ten, not for every document naming a hub.
    private static func documents(naming entity: Int64, _ db: Database, filter: DocumentFilter) throws -> [String] {
        guard filter.passesAll else {
            let (condition, arguments) = filter.condition(on: "d", after: [entity])
            return try String.fetchAll(db, sql: """
                SELECT d.path FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = ?1\(condition)
                GROUP BY d.id ORDER BY sum(m.count) DESC, d.path LIMIT 10
                """, arguments: arguments)
        }
        // Summed here as the rows come in key order (a document's rows are adjacent): SQLite's
        // grouping and sorting would cost a hub's card several times the reading.
        var counts: [(mentions: Int, doc: Int64)] = []
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT doc_id, count FROM mentions WHERE entity_id = ?"), arguments: [entity])
        while let row = try rows.next() {
            let doc: Int64 = row[0], count: Int = row[1]
            if counts.last?.doc == doc { counts[counts.count - 1].mentions += count } else { counts.append((count, doc)) }
        }
        counts.sort { $0.mentions > $1.mentions }
        let path = try db.cachedStatement(sql: "SELECT path FROM documents WHERE id = ?")
        var paths: [String] = []
        var tier: [String] = []
        var tierCount = 0
        for (mentions, doc) in counts {
            if mentions != tierCount {
                paths += tier.sorted().prefix(10 - paths.count)
                tier = []
                tierCount = mentions
                if paths.count >= 10 { break }
            }
            if let found = try String.fetchOne(path, arguments: [doc]) { tier.append(found) }
        }
        if paths.count < 10 { paths += tier.sorted().prefix(10 - paths.count) }
        return paths
    }
}
