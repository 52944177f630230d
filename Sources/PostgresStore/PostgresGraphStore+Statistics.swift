import Graph
import NER
import NIOCore
import PostgresNIO

/// The size of the graph, its entities ranked, and the stored texts, as ``GraphStore`` gives them.
extension PostgresGraphStore {
    public func statistics() throws(GraphStoreError) -> GraphStatistics {
        let size = sizeOnDisk()
        return try read {
            let documents = try session.query("SELECT count(*), coalesce(sum(bytes), 0), min(date), max(date) FROM documents").first!
            let (count, bytes, first, last) = try session.decode(documents, (Int, Int, String?, String?).self)
            var byType: [String: Int] = [:]
            for row in try session.query("SELECT type, count(*) FROM entities GROUP BY type") {
                let (type, n) = try session.decode(row, (String, Int).self)
                byType[type] = n
            }
            var byKind: [String: Int] = [:]
            let actions = try session.decode(try session.query("SELECT count(*) FROM edges").first!, Int.self)
            let coMentions = try session.decode(try session.query("SELECT count(*) FROM co_mentions").first!, Int.self) / 2
            for (kind, n) in [EdgeKind.action: actions, .coMention: coMentions] where n > 0 { byKind[kind.rawValue] = n }
            return GraphStatistics.stored(
                documents: count, bytes: bytes, firstDate: first, lastDate: last, entitiesByType: byType,
                aliases: try session.decode(try session.query("SELECT count(*) FROM aliases").first!, Int.self),
                mentions: try session.decode(try session.query("SELECT coalesce(sum(mentions), 0) FROM entities").first!, Int.self),
                edgesByKind: byKind,
                evidence: try session.decode(try session.query("SELECT count(*) FROM evidence").first!, Int.self),
                sizeOnDisk: size)
        }
    }

    public func totals() throws(GraphStoreError) -> StoreTotals {
        let size = sizeOnDisk()
        return try read {
            let documents = try session.decode(try session.query("SELECT count(*) FROM documents").first!, Int.self)
            let (entities, mentions) = try session.decode(try session.query("SELECT count(*), coalesce(sum(mentions), 0) FROM entities").first!, (Int, Int).self)
            return StoreTotals(documents: documents, entities: entities, mentions: mentions, sizeOnDisk: size)
        }
    }

    public func text(ofDocument path: String) throws(GraphStoreError) -> String? {
        try read {
            guard let row = try session.query("SELECT text FROM documents WHERE path = \(path)").first else { return nil }
            return String(buffer: try session.decode(row, ByteBuffer.self))
        }
    }

    public func entities(type: EntityType?, top: Int, by ranking: EntityRanking) throws(GraphStoreError) -> [RankedEntity] {
        let filter = type.map { "type = '\($0.rawValue)'" } ?? "true"
        return try read {
            var degrees: [Int64: Int] = [:]
            for row in try session.query("SELECT entity, count(*) FROM co_mentions GROUP BY entity") {
                let (id, n) = try session.decode(row, (Int64, Int).self)
                degrees[id] = n
            }
            switch ranking {
            case .mentions:
                return try entities("SELECT \(unescaped: Self.entityColumns) FROM entities WHERE \(unescaped: filter) ORDER BY mentions DESC, name LIMIT \(max(0, top))")
                    .map { RankedEntity.stored($0, degree: degrees[$0.id] ?? 0, pagerank: nil) }
            case .degree:
                let all = try entities("SELECT \(unescaped: Self.entityColumns) FROM entities WHERE \(unescaped: filter)")
                return all.sorted { (degrees[$0.id] ?? 0, $1.name) > (degrees[$1.id] ?? 0, $0.name) }.prefix(top)
                    .map { RankedEntity.stored($0, degree: degrees[$0.id] ?? 0, pagerank: nil) }
            case .pagerank:
                let ids = try session.query("SELECT id FROM entities ORDER BY id").map { try session.decode($0, Int64.self) }
                let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
                var pairs: [(Int, Int, Double)] = []
                for row in try session.query("SELECT entity, other, sentences + documents FROM co_mentions WHERE other > entity ORDER BY entity, other") {
                    let (a, b, weight) = try session.decode(row, (Int64, Int64, Int).self)
                    if let i = index[a], let j = index[b] { pairs.append((i, j, Double(weight))) }
                }
                let ranks = PageRank().ranks(count: ids.count, edges: pairs)
                let all = try entities("SELECT \(unescaped: Self.entityColumns) FROM entities WHERE \(unescaped: filter)")
                let score = { (e: GraphEntity) in index[e.id].map { ranks[$0] } ?? 0 }
                return all.sorted { (score($0), $1.name) > (score($1), $0.name) }.prefix(top)
                    .map { RankedEntity.stored($0, degree: degrees[$0.id] ?? 0, pagerank: score($0)) }
            }
        }
    }
}
