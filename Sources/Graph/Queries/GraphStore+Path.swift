import GRDB

/// One hop of a path: the edge between two entities and a sentence that states it.
public struct PathHop: Sendable, Codable, Equatable {
    public var from: GraphEntity
    /// The entity reached, with the edge's kind, counts and one evidence sentence.
    public var to: Neighbor
}

extension GraphStore {
    /// The shortest path from `source` to `target` (fewest hops; among neighbors, heavier edges
    /// are tried first), following edges either way; nil when none is within `maxHops`. Each
    /// hop's evidence sentence is from a document that passes `documents`.
    ///
    /// - Complexity: bidirectional breadth-first search, expanding the smaller side each step.
    public func path(from source: GraphEntity, to target: GraphEntity, edges filter: EdgeFilter = .all, maxHops: Int = 8,
                     documents: DocumentFilter = DocumentFilter()) throws(GraphStoreError) -> [PathHop]? {
        try read { db in
            let adjacency = Adjacency(db: db)
            if source.id == target.id { return [] }
            var parents: [[Int64: (Int64, Incident)]] = [[source.id: (source.id, Self.none)], [target.id: (target.id, Self.none)]]
            var frontiers: [[Int64]] = [[source.id], [target.id]]
            var meeting: Int64?
            var hops = 0
            search: while meeting == nil, hops < maxHops, !frontiers[0].isEmpty, !frontiers[1].isEmpty {
                let side = frontiers[0].count <= frontiers[1].count ? 0 : 1
                var next: [Int64] = []
                for node in frontiers[side] {
                    for incident in try adjacency.incidents(of: node, filter: filter).sorted(by: { ($1.weight, $0.other) < ($0.weight, $1.other) })
                    where parents[side][incident.other] == nil {
                        parents[side][incident.other] = (node, incident)
                        next.append(incident.other)
                        if parents[1 - side][incident.other] != nil { meeting = incident.other; break search }
                    }
                }
                frontiers[side] = next
                hops += 1
            }
            guard let meeting else { return nil }
            // Entity ids from source to target, with the edge that reaches each one after the first.
            var chain: [(Int64, Incident?)] = []
            var node = meeting
            while node != source.id, let (parent, incident) = parents[0][node] { chain.insert((node, incident), at: 0); node = parent }
            chain.insert((source.id, nil), at: 0)
            node = meeting
            while node != target.id, let (next, incident) = parents[1][node] {
                var forward = incident
                forward.other = next
                forward.outgoing.toggle()
                chain.append((next, forward))
                node = next
            }
            let entities = try EntityRows.fetch(db, ids: Set(chain.map(\.0)))
            return try zip(chain, chain.dropFirst()).compactMap { step, next in
                guard let from = entities[step.0], let to = entities[next.0], let incident = next.1 else { return nil }
                return PathHop(from: from, to: try adjacency.neighbor(incident, entity: to, depth: 1,
                                                                   evidence: try adjacency.evidence(incident, limit: 1, filter: documents)))
            }
        }
    }

    private static let none = Incident(edge: 0, other: 0, kind: .coMention, sentences: 0, documents: 0, outgoing: true)
}
