import GRDB
import NER

/// Chooses the entities an ``ExportQuery`` exports: the ego neighbourhood, the types, the
/// entities with kept edges, the `top` by total weight of kept edges.
struct StoreSelection {
    let db: Database
    let query: ExportQuery

    /// The selected entity ids; nil when the query keeps every entity.
    func nodes() throws -> Set<Int64>? {
        var candidates: Set<Int64>?
        if let center = query.around { candidates = try neighbourhood(of: center) }
        if !query.types.isEmpty {
            let list = query.types.map { "'\($0.rawValue)'" }.sorted().joined(separator: ",")
            let typed = try Int64.fetchSet(db, sql: "SELECT id FROM entities WHERE type IN (\(list))")
            candidates = candidates?.intersection(typed) ?? typed
        }
        guard query.dropsIsolated else { return candidates }
        var strength: [Int64: Int] = [:]
        for kind in EdgeKind.allCases {
            try forEachKeptEdge(of: kind) { source, target, sentences, documents in
                let weight = sentences + documents
                if let candidates, !(candidates.contains(source) && candidates.contains(target)) { return true }
                strength[source, default: 0] += weight
                strength[target, default: 0] += weight
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
            try forEachKeptEdge(of: kind) { source, target, _, _ in
                if let nodes, !(nodes.contains(source) && nodes.contains(target)) { return true }
                found.insert(kind)
                return false
            }
        }
        return found
    }

    /// Calls `body` with the ends, sentences and documents of each edge of `kind` that passes the
    /// query's edge filters, until it returns false: action edges in the order of their ids,
    /// co-mention edges once each, smaller end first, by their ends.
    func forEachKeptEdge(of kind: EdgeKind, _ body: (_ source: Int64, _ target: Int64, _ sentences: Int, _ documents: Int) throws -> Bool) throws {
        guard query.edges.admits(kind) else { return }
        switch kind {
        case .action:
            let rows = try Row.fetchCursor(db, sql: "SELECT source, target, sentences, documents FROM edges WHERE \(query.actionCondition) ORDER BY id")
            while let row = try rows.next() { guard try body(row[0], row[1], row[2], row[3]) else { return } }
        case .coMention:
            var going = true
            try CoMentionRuns(db: db).forEachEntity { entity, edges in
                for edge in edges where going && edge.other > entity && edge.weight >= query.minWeight {
                    going = try body(entity, edge.other, edge.sentences, edge.documents)
                }
            }
        }
    }

    /// `center` and the entities within `query.depth` hops along kept edges.
    private func neighbourhood(of center: Int64) throws -> Set<Int64> {
        let adjacency = Adjacency(db: db)
        var reached: Set<Int64> = [center]
        var frontier = [center]
        for _ in 0..<max(1, query.depth) {
            var next: [Int64] = []
            for id in frontier {
                for incident in try adjacency.incidents(of: id, filter: query.edges, minWeight: query.minWeight)
                where reached.insert(incident.other).inserted {
                    next.append(incident.other)
                }
            }
            frontier = next
        }
        return reached
    }
}
