import GRDB
import NER

/// What `neighbors` returns and how far it looks.
public struct NeighborQuery: Sendable {
    /// Hops to follow: 1 for direct neighbors.
    public var depth = 1
    /// Only neighbors of this type (edges through other types are still followed).
    public var type: EntityType?
    public var edges: EdgeFilter = .all
    /// Edges lighter than this are not followed.
    public var minWeight = 1
    public var limit = 20
    /// Evidence sentences to attach to each neighbor's edge.
    public var evidence = 0

    public init() {}
}

extension GraphStore {
    /// The entities linked to `entity`, nearest first, then by edge weight (heaviest first).
    ///
    /// - Complexity: one indexed read of the edges of each entity expanded: O(degree) for depth 1.
    public func neighbors(of entity: GraphEntity, _ query: NeighborQuery = NeighborQuery()) throws(GraphStoreError) -> [Neighbor] {
        try read { db in
            let adjacency = Adjacency(db: db)
            var visited: Set<Int64> = [entity.id]
            var frontier: [(id: Int64, name: String)] = [(entity.id, entity.name)]
            var found: [(Incident, Int, String?)] = []
            for depth in 1...max(1, query.depth) {
                var next: [Int64: (Incident, String)] = [:]
                for node in frontier {
                    for incident in try adjacency.edges(of: node.id, filter: query.edges, minWeight: query.minWeight) {
                        if depth == 1 {
                            if incident.other != entity.id { found.append((incident, 1, nil)) }
                        } else if !visited.contains(incident.other), incident.weight > next[incident.other]?.0.weight ?? 0 {
                            next[incident.other] = (incident, node.name)
                        }
                    }
                }
                if depth == 1 {
                    for (incident, _, _) in found where visited.insert(incident.other).inserted { next[incident.other] = (incident, entity.name) }
                } else {
                    for (id, (incident, via)) in next { visited.insert(id); found.append((incident, depth, via)) }
                }
                let entities = try EntityRows.fetch(db, ids: next.keys)
                frontier = next.keys.compactMap { id in entities[id].map { (id, $0.name) } }
            }
            let entities = try EntityRows.fetch(db, ids: Set(found.map(\.0.other)))
            let ranked = found.filter { item in query.type.map { entities[item.0.other]?.type == $0 } ?? true }
                .sorted { a, b in
                    if a.1 != b.1 { return a.1 < b.1 }
                    if a.0.weight != b.0.weight { return a.0.weight > b.0.weight }
                    return (entities[a.0.other]?.name ?? "") < (entities[b.0.other]?.name ?? "")
                }
                .prefix(query.limit)
            return try ranked.compactMap { incident, depth, via in
                guard let other = entities[incident.other] else { return nil }
                return adjacency.neighbor(incident, entity: other, depth: depth, via: via,
                                          evidence: try EntityRows.evidence(db, edge: incident.edge, limit: query.evidence))
            }
        }
    }
}
