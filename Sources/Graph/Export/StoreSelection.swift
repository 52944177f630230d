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
        let rows = try Row.fetchCursor(db, sql: "SELECT source, target, sentences + documents FROM all_edges WHERE \(query.edgeCondition)")
        while let row = try rows.next() {
            let source: Int64 = row[0], target: Int64 = row[1], weight: Int = row[2]
            if let candidates, !(candidates.contains(source) && candidates.contains(target)) { continue }
            strength[source, default: 0] += weight
            strength[target, default: 0] += weight
        }
        guard let top = query.top else { return Set(strength.keys) }
        return Set(strength.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top).map(\.key))
    }

    /// The edge kinds present among `nodes` (all entities when nil).
    func kinds(among nodes: Set<Int64>?) throws -> Set<EdgeKind> {
        var found = Set<EdgeKind>()
        for kind in EdgeKind.allCases where query.edges.admits(kind) {
            let rows = try Row.fetchCursor(db, sql: "SELECT source, target FROM all_edges WHERE \(query.edgeCondition) AND kind = ?", arguments: [kind])
            while let row = try rows.next() {
                if let nodes, !(nodes.contains(row[0]) && nodes.contains(row[1])) { continue }
                found.insert(kind)
                break
            }
        }
        return found
    }

    /// `center` and the entities within `query.depth` hops along kept edges.
    private func neighbourhood(of center: Int64) throws -> Set<Int64> {
        let adjacency = Adjacency(db: db)
        var reached: Set<Int64> = [center]
        var frontier = [center]
        for _ in 0..<max(1, query.depth) {
            var next: [Int64] = []
            for id in frontier {
                for (incident, _) in try adjacency.edges(of: id, filter: query.edges, minWeight: query.minWeight)
                where reached.insert(incident.other).inserted {
                    next.append(incident.other)
                }
            }
            frontier = next
        }
        return reached
    }
}
