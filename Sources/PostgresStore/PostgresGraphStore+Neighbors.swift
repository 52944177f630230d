import Foundation
import Graph
import NER
import PostgresNIO

/// The graph around entities: neighbors, cards and paths, searched as ``GraphStore`` searches them (``GraphSearch``).
extension PostgresGraphStore {
    public func neighbors(of entity: GraphEntity, _ query: NeighborQuery) throws(GraphStoreError) -> [Neighbor] {
        try read {
            try GraphSearch.neighbors(of: entity, query) { id, type, limit in
                try ranked(incidents(of: id, filter: query.edges, minWeight: query.minWeight, documents: query.documents), type: type, limit: limit)
            }.map { item in
                neighbor(item.incident, item.entity, depth: item.depth, via: item.via,
                         evidence: try evidence(item.incident, limit: query.evidence, filter: query.documents))
            }
        }
    }

    public func card(of entity: GraphEntity, neighbors count: Int, evidence: Int, documents filter: DocumentFilter) throws(GraphStoreError) -> EntityCard {
        try read {
            let incidents = try incidents(of: entity.id, filter: .all, minWeight: NeighborQuery().minWeight)
            let neighbors = try ranked(incidents, limit: count).map { neighbor($0, $1) }
            let aliases = try session.query("SELECT name, count FROM aliases WHERE entity_id = \(entity.id) ORDER BY count DESC, name").map { row in
                let (name, n) = try session.decode(row, (String, Int).self)
                return Alias.stored(name: name, count: n)
            }
            let documents = try session.query("""
                SELECT d.path FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = \(entity.id)\(documents: filter, on: "d")
                GROUP BY d.id, d.path ORDER BY sum(m.count) DESC, d.path LIMIT 10
                """).map { try session.decode($0, String.self) }
            let sentences = try CardSentences.pick(evidence, from: incidents, edge: { try self.evidence(edge: $0, limit: 1, filter: filter) },
                                                   mentions: { count in
                try session.query("""
                    SELECT m.doc_id, m.spans FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = \(entity.id)\(documents: filter, on: "d")
                    ORDER BY m.doc_id, m.surface LIMIT \(count)
                    """).map { try session.decode($0, (Int64, Data).self) }.map { (doc: $0.0, spans: $0.1) }
            }, sentence: { try self.sentences(doc: $0, ranges: [$1]) })
            return EntityCard.stored(entity: entity, aliases: aliases, documents: documents, neighbors: neighbors, evidence: sentences)
        }
    }

    public func path(from source: GraphEntity, to target: GraphEntity, edges filter: EdgeFilter, maxHops: Int,
                     documents: DocumentFilter) throws(GraphStoreError) -> [PathHop]? {
        try read { () throws -> [PathHop]? in
            guard let chain = try GraphSearch.path(from: source.id, to: target.id, maxHops: maxHops, incidents: {
                try incidents(of: $0, filter: filter, minWeight: 0)
            }) else { return nil }
            let entities = try entities(ids: Set(chain.map(\.entity)))
            return try zip(chain, chain.dropFirst()).compactMap { step, next in
                guard let from = entities[step.entity], let to = entities[next.entity], let incident = next.edge else { return nil }
                return PathHop.stored(from: from, to: neighbor(incident, to, evidence: try evidence(incident, limit: 1, filter: documents)))
            }
        }
    }
}
