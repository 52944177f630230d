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
    /// The documents edges are counted over and evidence is taken from (all of them by default).
    public var documents = DocumentFilter()

    public init() {}
}

extension GraphStore {
    /// The entities linked to `entity`, nearest first, then by edge weight (heaviest first), then
    /// by name. Direct neighbors come with every edge to them; farther ones with the heaviest
    /// edge that reaches them.
    ///
    /// - Complexity: depth 1 reads the entity's edges (its co-mention runs and indexed action
    ///   edges; over a subset of the documents, the postings of those naming it) and sorts them;
    ///   deeper, the same (uncut) for each entity expanded.
    public func neighbors(of entity: GraphEntity, _ query: NeighborQuery = NeighborQuery()) throws(GraphStoreError) -> [Neighbor] {
        try read { db in
            let adjacency = Adjacency(db: db)
            let found: [(incident: Incident, entity: GraphEntity, depth: Int, via: String?)]
            if query.depth <= 1 {
                found = try adjacency.edges(of: entity.id, filter: query.edges, minWeight: query.minWeight, type: query.type, limit: query.limit,
                                               documents: query.documents)
                    .map { ($0, $1, 1, nil) }
            } else {
                found = try reach(from: entity, query, adjacency)
                    .filter { item in query.type.map { item.entity.type == $0 } ?? true }
                    .sorted { a, b in (a.depth, -a.incident.weight, a.entity.name) < (b.depth, -b.incident.weight, b.entity.name) }
                    .prefix(query.limit).map { $0 }
            }
            return try found.map { item in
                try adjacency.neighbor(item.incident, entity: item.entity, depth: item.depth, via: item.via,
                                   evidence: try adjacency.evidence(item.incident, limit: query.evidence, filter: query.documents))
            }
        }
    }

    /// Breadth-first search to `query.depth` hops: every edge of the first hop, then the heaviest
    /// edge reaching each entity first seen at a hop.
    private func reach(from entity: GraphEntity, _ query: NeighborQuery, _ adjacency: Adjacency) throws
        -> [(incident: Incident, entity: GraphEntity, depth: Int, via: String?)] {
        var visited: Set<Int64> = [entity.id]
        var frontier = [entity]
        var found: [(incident: Incident, entity: GraphEntity, depth: Int, via: String?)] = []
        for depth in 1...query.depth {
            var next: [Int64: (incident: Incident, entity: GraphEntity, depth: Int, via: String?)] = [:]
            for node in frontier {
                for (incident, other) in try adjacency.edges(of: node.id, filter: query.edges, minWeight: query.minWeight, documents: query.documents)
                where !visited.contains(other.id) {
                    if depth == 1 { found.append((incident, other, 1, nil)) }
                    if incident.weight > next[other.id]?.incident.weight ?? 0 { next[other.id] = (incident, other, depth, node.name) }
                }
            }
            if depth > 1 { found += next.values }
            visited.formUnion(next.keys)
            frontier = next.values.map(\.entity).sorted { $0.id < $1.id }
        }
        return found
    }
}
