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
            guard let chain = try GraphSearch.path(from: source.id, to: target.id, maxHops: maxHops, incidents: {
                try adjacency.incidents(of: $0, filter: filter)
            }) else { return nil }
            let entities = try EntityRows.fetch(db, ids: Set(chain.map(\.entity)))
            return try zip(chain, chain.dropFirst()).compactMap { step, next in
                guard let from = entities[step.entity], let to = entities[next.entity], let incident = next.edge else { return nil }
                return PathHop(from: from, to: try adjacency.neighbor(incident, entity: to, depth: 1,
                                                                   evidence: try adjacency.evidence(incident, limit: 1, filter: documents)))
            }
        }
    }
}
