import NER

/// Chooses the entities an ``ExportQuery`` exports: the ego neighbourhood, the types, the
/// entities with kept edges, the `top` by total weight of kept edges.
struct StoreSelection<Rows: ExportRows> {
    let rows: Rows
    let query: ExportQuery

    /// The selected entity ids; nil when the query keeps every entity.
    func nodes() throws -> Set<Int64>? {
        var candidates: Set<Int64>?
        if let center = query.around { candidates = try neighbourhood(of: center) }
        if !query.types.isEmpty {
            let typed = try rows.entities(of: query.types)
            candidates = candidates?.intersection(typed) ?? typed
        }
        guard query.dropsIsolated else { return candidates }
        var strength: [Int64: Int] = [:]
        for kind in EdgeKind.allCases {
            try forEachKeptEdge(of: kind) { edge in
                if let candidates, !(candidates.contains(edge.source) && candidates.contains(edge.target)) { return true }
                strength[edge.source, default: 0] += edge.weight
                strength[edge.target, default: 0] += edge.weight
                return true
            }
        }
        guard let top = query.top else { return Set(strength.keys) }
        return Set(strength.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top).map(\.key))
    }

    /// The edge kinds present among `nodes` (all entities when nil).
    func kinds(among nodes: Set<Int64>?) throws -> Set<EdgeKind> {
        var found = Set<EdgeKind>()
        for kind in EdgeKind.allCases {
            try forEachKeptEdge(of: kind) { edge in
                if let nodes, !(nodes.contains(edge.source) && nodes.contains(edge.target)) { return true }
                found.insert(kind)
                return false
            }
        }
        return found
    }

    /// Calls `body` with each edge of `kind` that passes the query's edge filters, without its
    /// evidence counts, until it returns false, in the orders of ``ExportRows``.
    func forEachKeptEdge(of kind: EdgeKind, _ body: (ExportEdge) throws -> Bool) throws {
        guard query.edges.admits(kind) else { return }
        switch kind {
        case .action: try rows.forEachAction(minWeight: query.minWeight, evidence: false, body)
        case .coMention: try rows.forEachCoMention(minWeight: query.minWeight, body)
        }
    }

    /// `center` and the entities within `query.depth` hops along kept edges.
    private func neighbourhood(of center: Int64) throws -> Set<Int64> {
        var reached: Set<Int64> = [center]
        var frontier = [center]
        for _ in 0..<max(1, query.depth) {
            var next: [Int64] = []
            for id in frontier {
                for other in try rows.linked(to: id, edges: query.edges, minWeight: query.minWeight) where reached.insert(other).inserted {
                    next.append(other)
                }
            }
            frontier = next
        }
        return reached
    }
}
