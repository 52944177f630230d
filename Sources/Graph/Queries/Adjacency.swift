import GRDB
import NER

/// Which edges a query follows.
public enum EdgeFilter: String, Sendable, Codable, CaseIterable {
    case coMention = "co-mention", action, all

    /// True when edges of `kind` pass the filter.
    func admits(_ kind: EdgeKind) -> Bool { self == .all || rawValue == kind.rawValue }
}

/// One edge seen from one of its ends.
struct Incident {
    var edge: Int64
    var other: Int64
    var kind: EdgeKind
    var predicate: String
    var negated: Bool
    var sentences: Int
    var documents: Int
    /// True when the edge starts at the entity asked about.
    var outgoing: Bool
    var weight: Int { sentences + documents }
}

/// The edges of an entity: its action edges through the indexes of `edges` by source (its unique
/// key's) and by target, its co-mention edges from its runs (``CoMentionRuns``).
struct Adjacency {
    let db: Database

    /// The edges of entity `id` of at least `minWeight` that pass `filter`, unordered, without
    /// the entities at their other ends; counted over the documents that pass `documents`
    /// (the stored counts when every document passes, else ``CoMentionWindow`` and the action
    /// edges' evidence rows in those documents).
    func incidents(of id: Int64, filter: EdgeFilter, minWeight: Int = 0, documents: DocumentFilter = DocumentFilter()) throws -> [Incident] {
        var found: [Incident] = []
        if filter.admits(.action) {
            let rows: RowCursor
            if documents.passesAll {
                rows = try Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT id, target, predicate, negated, sentences, documents, 1 FROM edges WHERE source = ?1 AND sentences + documents >= ?2
                    UNION ALL
                    SELECT id, source, predicate, negated, sentences, documents, 0 FROM edges WHERE target = ?1 AND sentences + documents >= ?2
                    """), arguments: [id, minWeight])
            } else {
                let (condition, arguments) = documents.condition(on: "d", after: [id, minWeight])
                rows = try Row.fetchCursor(db, sql: """
                    SELECT x.id, x.other, x.predicate, x.negated, sum(e.sentences), count(*), x.outgoing
                    FROM (SELECT id, target AS other, predicate, negated, 1 AS outgoing FROM edges WHERE source = ?1
                          UNION ALL SELECT id, source, predicate, negated, 0 FROM edges WHERE target = ?1) x
                    JOIN evidence e ON e.edge_id = x.id JOIN documents d ON d.id = e.doc_id
                    WHERE 1\(condition) GROUP BY x.id HAVING sum(e.sentences) + count(*) >= ?2
                    """, arguments: arguments)
            }
            while let row = try rows.next() {
                guard row[1] != id else { continue }
                found.append(Incident(edge: row[0], other: row[1], kind: .action, predicate: row[2], negated: row[3],
                                      sentences: row[4], documents: row[5], outgoing: row[6] == 1))
            }
        }
        if filter.admits(.coMention) {
            let entries = documents.passesAll ? try CoMentionRuns(db: db).edges(of: id) : try CoMentionWindow(db: db).edges(of: id, documents: documents)
            for entry in entries where entry.weight >= minWeight && entry.other != id {
                found.append(Incident(edge: CoMentionID.of(id, entry.other), other: entry.other, kind: .coMention, predicate: "", negated: false,
                                      sentences: entry.sentences, documents: entry.documents, outgoing: id < entry.other))
            }
        }
        return found
    }

    /// The edges of entity `id` with the entity at their other end, heaviest first, then by that
    /// entity's name and type, then kind, predicate and negation; cut to `limit`.
    ///
    /// - Complexity: O(d log d) for an entity with `d` edges of at least `minWeight`; entities are
    ///   read only for the edges at or above the weight of the last one kept, and when those are
    ///   many, in the order of their names until `limit` are found.
    func edges(of id: Int64, filter: EdgeFilter, minWeight: Int = 0, type: EntityType? = nil, limit: Int? = nil,
               documents: DocumentFilter = DocumentFilter()) throws -> [(Incident, GraphEntity)] {
        var incidents = try self.incidents(of: id, filter: filter, minWeight: minWeight, documents: documents)
        incidents.sort { $0.weight > $1.weight }
        var found: [(Incident, GraphEntity)] = []
        var start = 0
        while start < incidents.count, found.count < limit ?? .max {
            var end = start + 1
            while end < incidents.count, incidents[end].weight == incidents[start].weight { end += 1 }
            let tier = incidents[start..<end]
            let wanted = (limit ?? .max) - found.count
            let entities = try entitiesByName(Set(tier.map(\.other)), type: type, first: wanted)
            var rows = tier.compactMap { incident in entities.rank[incident.other].map { (incident, $0) } }
            rows.sort { a, b in
                (a.1, a.0.kind.code, a.0.predicate, a.0.negated ? 1 : 0) < (b.1, b.0.kind.code, b.0.predicate, b.0.negated ? 1 : 0)
            }
            found += rows.prefix(wanted).map { ($0.0, entities.entities[$0.0.other]!) }
            start = end
        }
        return found
    }

    /// Of the entities `ids` (of `type`, if given), those that sort first by name and type (up to
    /// `first` of them, or every one of them when fewer), with their rank in that order.
    private func entitiesByName(_ ids: Set<Int64>, type: EntityType?, first: Int) throws -> (entities: [Int64: GraphEntity], rank: [Int64: Int]) {
        var entities: [Int64: GraphEntity] = [:]
        if ids.count <= 1_000 || first >= ids.count {
            entities = try EntityRows.fetch(db, ids: ids)
            if let type { entities = entities.filter { $0.value.type == type } }
        } else {
            // Many entities of one weight (a hub's edges named once): walk the names in order.
            let rows = try Row.fetchCursor(db, sql: "SELECT \(EntityRows.columns()) FROM entities ORDER BY name, type")
            while entities.count < first, let row = try rows.next() {
                let entity = EntityRows.entity(row)
                if ids.contains(entity.id), type.map({ entity.type == $0 }) ?? true { entities[entity.id] = entity }
            }
        }
        let ordered = entities.values.sorted { ($0.name, $0.type.rawValue) < ($1.name, $1.type.rawValue) }
        return (entities, Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.id, $0) }))
    }

    /// The ids of up to `limit` edges of entity `id` stated in at least one sentence, heaviest
    /// first, then oldest.
    func edgesWithSentences(of id: Int64, limit: Int) throws -> [Int64] {
        try incidents(of: id, filter: .all).filter { $0.sentences > 0 }
            .sorted { ($1.weight, $0.edge) < ($0.weight, $1.edge) }
            .prefix(limit).map(\.edge)
    }

    func neighbor(_ incident: Incident, entity: GraphEntity, depth: Int, via: String? = nil, evidence: [Evidence]) -> Neighbor {
        Neighbor(entity: entity, kind: incident.kind, predicate: incident.kind == .action ? incident.predicate : nil,
                 negated: incident.kind == .action ? incident.negated : nil,
                 direction: incident.kind == .action ? (incident.outgoing ? .out : .in) : nil,
                 sentences: incident.sentences, documents: incident.documents, weight: incident.weight, depth: depth, via: via, evidence: evidence)
    }
}
