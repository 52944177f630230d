import GRDB

/// Which edges a query follows.
public enum EdgeFilter: String, Sendable, Codable, CaseIterable {
    case coMention = "co-mention", action, all

    func admits(_ kind: EdgeKind) -> Bool { self == .all || rawValue == kind.rawValue }
}

/// One edge seen from one of its ends.
struct Incident {
    var edge: Int64
    var other: Int64
    var kind: EdgeKind
    var predicate: String
    var sentences: Int
    var documents: Int
    /// True when the edge starts at the entity asked about.
    var outgoing: Bool
    var weight: Int { sentences + documents }
}

/// The edges of an entity, read through the `edges` indexes.
struct Adjacency {
    let db: Database

    func edges(of id: Int64, filter: EdgeFilter, minWeight: Int = 0) throws -> [Incident] {
        let statement = try db.cachedStatement(sql: """
            SELECT id, target, kind, predicate, sentences, documents, 1 FROM edges WHERE source = ?1
            UNION ALL SELECT id, source, kind, predicate, sentences, documents, 0 FROM edges WHERE target = ?1
            """)
        var found: [Incident] = []
        let rows = try Row.fetchCursor(statement, arguments: [id])
        while let row = try rows.next() {
            let incident = Incident(edge: row[0], other: row[1], kind: EdgeKind(code: row[2]), predicate: row[3],
                                    sentences: row[4], documents: row[5], outgoing: row[6] == 1)
            if filter.admits(incident.kind), incident.weight >= minWeight { found.append(incident) }
        }
        return found
    }

    func neighbor(_ incident: Incident, entity: GraphEntity, depth: Int, via: String? = nil, evidence: [Evidence]) -> Neighbor {
        Neighbor(entity: entity, kind: incident.kind, predicate: incident.kind == .action ? incident.predicate : nil,
                 direction: incident.kind == .action ? (incident.outgoing ? .out : .in) : nil,
                 sentences: incident.sentences, documents: incident.documents, weight: incident.weight, depth: depth, via: via, evidence: evidence)
    }
}
