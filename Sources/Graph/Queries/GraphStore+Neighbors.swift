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
            return try GraphSearch.neighbors(of: entity, query) { id, type, limit in
                try adjacency.edges(of: id, filter: query.edges, minWeight: query.minWeight, type: type, limit: limit, documents: query.documents)
            }.map { item in
                try adjacency.neighbor(item.incident, entity: item.entity, depth: item.depth, via: item.via,
                                       evidence: try adjacency.evidence(item.incident, limit: query.evidence, filter: query.documents))
            }
        }
    }
}
