import GRDB
import NER

/// Which edges a query follows.
public enum EdgeFilter: String, Sendable, Codable, CaseIterable {
    case coMention = "co-mention", action, all

    /// True when edges of `kind` pass the filter.
    func admits(_ kind: EdgeKind) -> Bool { self == .all || rawValue == kind.rawValue }

    /// The SQL condition on `edges.kind`.
    var condition: String {
        switch self {
        case .coMention: return EdgeKind.coMention.condition
        case .action: return EdgeKind.action.condition
        case .all: return "1"
        }
    }
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

/// The edges of an entity: its action edges through the `edges_source_weight` and
/// `edges_target_weight` indexes, its co-mention edges from its own contiguous `co_mentions` rows.
struct Adjacency {
    let db: Database

    /// The edges of entity `id` with the entity at their other end, heaviest first, then by that
    /// entity's name; filtered, ordered and cut to `limit` in SQL.
    ///
    /// - Complexity: O(d log d) for an entity with `d` edges of at least `minWeight`, in SQLite;
    ///   only the rows kept are read into Swift.
    func edges(of id: Int64, filter: EdgeFilter, minWeight: Int = 0, type: EntityType? = nil, limit: Int? = nil) throws -> [(Incident, GraphEntity)] {
        let statement = try db.cachedStatement(sql: """
            SELECT x.id, x.other, x.kind, x.predicate, x.negated, x.sentences, x.documents, x.outgoing, \(EntityRows.columns(prefix: "n."))
            FROM (SELECT id, target AS other, kind, predicate, negated, sentences, documents, 1 AS outgoing FROM edges
                    WHERE source = ?1 AND sentences + documents >= ?2 AND \(filter.condition)
                  UNION ALL
                  SELECT id, source, kind, predicate, negated, sentences, documents, 0 FROM edges
                    WHERE target = ?1 AND sentences + documents >= ?2 AND \(filter.condition)
                  UNION ALL
                  SELECT min(entity, other) << 32 | max(entity, other), other, \(EdgeKind.coMention.code), '', 0, sentences, documents,
                    entity < other FROM co_mentions
                    WHERE entity = ?1 AND sentences + documents >= ?2 AND \(filter.admits(.coMention) ? 1 : 0)) x
            JOIN entities n ON n.id = x.other
            WHERE x.other != ?1 AND (?3 IS NULL OR n.type = ?3)
            ORDER BY x.sentences + x.documents DESC, n.name, n.type, x.kind, x.predicate, x.negated
            LIMIT ?4
            """)
        let rows = try Row.fetchCursor(statement, arguments: [id, minWeight, type?.rawValue, limit ?? -1])
        var found: [(Incident, GraphEntity)] = []
        while let row = try rows.next() {
            found.append((Incident(edge: row[0], other: row[1], kind: row[2], predicate: row[3], negated: row[4],
                                   sentences: row[5], documents: row[6], outgoing: row[7] == 1), EntityRows.entity(row, from: 8)))
        }
        return found
    }

    /// The ids of up to `limit` edges of entity `id` stated in at least one sentence, heaviest
    /// first, then oldest: read from the weight indexes alone, without the entities.
    func edgesWithSentences(of id: Int64, limit: Int) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT id, sentences + documents AS weight FROM edges WHERE source = ?1 AND sentences > 0
            UNION ALL SELECT id, sentences + documents FROM edges WHERE target = ?1 AND sentences > 0
            UNION ALL SELECT min(entity, other) << 32 | max(entity, other), sentences + documents FROM co_mentions
                WHERE entity = ?1 AND sentences > 0
            ORDER BY weight DESC, id LIMIT ?2
            """), arguments: [id, limit])
    }

    func neighbor(_ incident: Incident, entity: GraphEntity, depth: Int, via: String? = nil, evidence: [Evidence]) -> Neighbor {
        Neighbor(entity: entity, kind: incident.kind, predicate: incident.kind == .action ? incident.predicate : nil,
                 negated: incident.kind == .action ? incident.negated : nil,
                 direction: incident.kind == .action ? (incident.outgoing ? .out : .in) : nil,
                 sentences: incident.sentences, documents: incident.documents, weight: incident.weight, depth: depth, via: via, evidence: evidence)
    }
}
