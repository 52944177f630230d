import NER

/// An entity a search reached: the edge that reached it, its hops from the start, and the
/// entity one hop nearer through which it was reached (beyond the first hop).
package struct Reached {
    package var incident: Incident
    package var entity: GraphEntity
    package var depth: Int
    package var via: String?
}

/// The searches of `neighbors` and `path`, whichever store holds the graph: functions of a
/// closure that reads one entity's edges, so that every store searches, orders and breaks ties
/// alike.
package enum GraphSearch {
    /// The entities `query` asks for around `entity`: at depth 1, the edges `edges` gives for
    /// `entity` (of `query.type`, cut to `query.limit`); deeper, every edge of the first hop, then
    /// the heaviest edge reaching each entity first seen at each later hop, of `query.type`,
    /// nearest first, then heaviest, then by name, cut to `query.limit`.
    ///
    /// `edges(id, type, limit)` gives the edges of entity `id` that pass `query`'s edge filter,
    /// weight and documents, with the entity at their other end (of `type`, when not nil), heaviest
    /// first, then by that entity's name and type, kind, predicate and negation; cut to `limit`.
    package static func neighbors(of entity: GraphEntity, _ query: NeighborQuery,
                                  edges: (_ id: Int64, _ type: EntityType?, _ limit: Int?) throws -> [(Incident, GraphEntity)]) rethrows -> [Reached] {
        if query.depth <= 1 {
            return try edges(entity.id, query.type, query.limit).map { Reached(incident: $0, entity: $1, depth: 1, via: nil) }
        }
        return try reach(from: entity, depth: query.depth) { try edges($0, nil, nil) }
            .filter { item in query.type.map { item.entity.type == $0 } ?? true }
            .sorted { a, b in (a.depth, -a.incident.weight, a.entity.name) < (b.depth, -b.incident.weight, b.entity.name) }
            .prefix(query.limit).map { $0 }
    }

    /// Breadth-first search to `depth` hops: every edge of the first hop, then the heaviest edge
    /// reaching each entity first seen at a hop.
    private static func reach(from entity: GraphEntity, depth: Int, edges: (Int64) throws -> [(Incident, GraphEntity)]) rethrows -> [Reached] {
        var visited: Set<Int64> = [entity.id]
        var frontier = [entity]
        var found: [Reached] = []
        for hop in 1...depth {
            var next: [Int64: Reached] = [:]
            for node in frontier {
                for (incident, other) in try edges(node.id) where !visited.contains(other.id) {
                    if hop == 1 { found.append(Reached(incident: incident, entity: other, depth: 1, via: nil)) }
                    if incident.weight > next[other.id]?.incident.weight ?? 0 {
                        next[other.id] = Reached(incident: incident, entity: other, depth: hop, via: node.name)
                    }
                }
            }
            if hop > 1 { found += next.values }
            visited.formUnion(next.keys)
            frontier = next.values.map(\.entity).sorted { $0.id < $1.id }
        }
        return found
    }

    /// The shortest path from `source` to `target` (fewest hops; among an entity's edges, heavier
    /// ones are tried first, then those to smaller ids), following edges either way: the entity
    /// ids from `source` to `target`, each after the first with the edge that reaches it, seen
    /// from the entity before it. Nil when none is within `maxHops`.
    ///
    /// `incidents(id)` gives the edges of entity `id` the search follows, in any order.
    /// - Complexity: bidirectional breadth-first search, expanding the smaller side each step.
    package static func path(from source: Int64, to target: Int64, maxHops: Int,
                             incidents: (Int64) throws -> [Incident]) rethrows -> [(entity: Int64, edge: Incident?)]? {
        if source == target { return [(source, nil)] }
        var parents: [[Int64: (Int64, Incident)]] = [[source: (source, none)], [target: (target, none)]]
        var frontiers: [[Int64]] = [[source], [target]]
        var meeting: Int64?
        var hops = 0
        search: while meeting == nil, hops < maxHops, !frontiers[0].isEmpty, !frontiers[1].isEmpty {
            let side = frontiers[0].count <= frontiers[1].count ? 0 : 1
            var next: [Int64] = []
            for node in frontiers[side] {
                for incident in try incidents(node).sorted(by: { ($1.weight, $0.other) < ($0.weight, $1.other) })
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
        var chain: [(entity: Int64, edge: Incident?)] = []
        var node = meeting
        while node != source, let (parent, incident) = parents[0][node] { chain.insert((node, incident), at: 0); node = parent }
        chain.insert((source, nil), at: 0)
        node = meeting
        while node != target, let (next, incident) = parents[1][node] {
            var forward = incident
            forward.other = next
            forward.outgoing.toggle()
            chain.append((next, forward))
            node = next
        }
        return chain
    }

    private static let none = Incident(edge: 0, other: 0, kind: .coMention, sentences: 0, documents: 0, outgoing: true)
}
