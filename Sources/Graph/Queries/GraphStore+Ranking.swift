import GRDB
import NER

/// How `entities` orders the entities.
public enum EntityRanking: String, Sendable, Codable, CaseIterable {
    /// Number of mentions.
    case mentions
    /// Number of distinct co-mentioned entities.
    case degree
    /// PageRank on the co-mention graph, weighted by edge weight.
    case pagerank
}

/// An entity with its place in a ranking.
public struct RankedEntity: Sendable, Codable, Equatable {
    public var entity: GraphEntity
    /// Distinct entities it is co-mentioned with.
    public var degree: Int
    /// PageRank score when ranked by it; nil otherwise.
    public var pagerank: Double?
}

extension GraphStore {
    /// The `top` entities (of `type`, if given) by `ranking`, highest first.
    public func entities(type: EntityType? = nil, top: Int = 20, by ranking: EntityRanking = .mentions) throws(GraphStoreError) -> [RankedEntity] {
        try read { db in
            let filter = type.map { "type = '\($0.rawValue)'" } ?? "1"
            let runs = CoMentionRuns(db: db)
            let degrees = try runs.degrees()
            var pairs: [(Int64, Int64, Double)] = []
            if ranking == .pagerank {
                try runs.forEachEntity { entity, edges in
                    for edge in edges where edge.other > entity { pairs.append((entity, edge.other, Double(edge.weight))) }
                }
            }
            switch ranking {
            case .mentions:
                return try EntityRows.fetch(db, where: filter, suffix: "ORDER BY mentions DESC, name LIMIT \(max(0, top))")
                    .map { RankedEntity(entity: $0, degree: degrees[$0.id] ?? 0, pagerank: nil) }
            case .degree:
                let all = try EntityRows.fetch(db, where: filter)
                return all.sorted { (degrees[$0.id] ?? 0, $1.name) > (degrees[$1.id] ?? 0, $0.name) }.prefix(top)
                    .map { RankedEntity(entity: $0, degree: degrees[$0.id] ?? 0, pagerank: nil) }
            case .pagerank:
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM entities ORDER BY id")
                let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
                let ranks = PageRank().ranks(count: ids.count, edges: pairs.compactMap { a, b, w in
                    guard let i = index[a], let j = index[b] else { return nil }
                    return (i, j, w)
                })
                let all = try EntityRows.fetch(db, where: filter)
                let score = { (e: GraphEntity) in index[e.id].map { ranks[$0] } ?? 0 }
                return all.sorted { (score($0), $1.name) > (score($1), $0.name) }.prefix(top)
                    .map { RankedEntity(entity: $0, degree: degrees[$0.id] ?? 0, pagerank: score($0)) }
            }
        }
    }
}
