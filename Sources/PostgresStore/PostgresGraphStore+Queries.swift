import Foundation
import Graph
import NER
import NIOCore
import PostgresNIO

/// The queries, with the meaning, order and ties of ``GraphStore``'s (documented there).
extension PostgresGraphStore {
    public func lookup(_ name: String, type: EntityType?, knownAs: (String) -> String?) throws(GraphStoreError) -> LookupResult {
        let key = SearchKey.of(name)
        let typed = type.map { " AND type = '\($0.rawValue)'" } ?? ""
        return try read {
            if let result = try exact(key: key, typed: typed) { return result }
            if let canonical = knownAs(name), let result = try exact(key: SearchKey.of(canonical), typed: typed) { return result }
            guard !key.isEmpty else { return .notFound(suggestions: []) }
            let upper = key + "\u{10FFFF}"
            let prefixed = try entities("""
                SELECT \(unescaped: Self.entityColumns) FROM entities
                WHERE (key >= \(key) AND key < \(upper) OR id IN (SELECT entity_id FROM aliases WHERE key >= \(key) AND key < \(upper)))\(unescaped: typed)
                ORDER BY mentions DESC, id LIMIT 11
                """)
            if let result = LookupDecision.decide(prefixed) { return result }
            var closest = LookupDecision.Closest(key: key)
            for row in try session.query("SELECT id, key FROM entities UNION ALL SELECT entity_id, key FROM aliases") {
                let (id, other) = try session.decode(row, (Int64, String).self)
                closest.add(id, key: other)
            }
            return closest.result(try entities(ids: Array(closest.candidates)).filter { type == nil || $0.value.type == type })
        }
    }

    private func exact(key: String, typed: String) throws -> LookupResult? {
        let named = try entities("SELECT \(unescaped: Self.entityColumns) FROM entities WHERE key = \(key)\(unescaped: typed) ORDER BY mentions DESC, type")
        if named.count == 1 { return .found(named[0]) }
        if named.count > 1 { return .sameName(named) }
        let aliased = try entities("""
            SELECT \(unescaped: Self.entityColumns) FROM entities
            WHERE (key = \(key) OR id IN (SELECT entity_id FROM aliases WHERE key = \(key)))\(unescaped: typed) ORDER BY mentions DESC, id LIMIT 11
            """)
        return LookupDecision.decide(aliased)
    }

    public func completions(_ text: String, limit: Int) throws(GraphStoreError) -> [GraphEntity] {
        let key = SearchKey.of(text)
        guard !key.isEmpty, limit > 0 else { return [] }
        return try read {
            let starting = try entities("""
                SELECT \(unescaped: Self.entityColumns) FROM entities WHERE key >= \(key) AND key < \(key + "\u{10FFFF}")
                ORDER BY mentions DESC, name LIMIT \(limit)
                """)
            guard starting.count < limit else { return starting }
            // Keys hold letters, digits and single spaces only, so `key` has no LIKE wildcards.
            let inside = try entities("""
                SELECT \(unescaped: Self.entityColumns) FROM entities WHERE key LIKE '% ' || \(key) || '%'
                ORDER BY mentions DESC, id LIMIT \(limit - starting.count)
                """)
            return starting + inside
        }
    }

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

    public func text(ofDocument path: String) throws(GraphStoreError) -> String? {
        try read {
            guard let row = try session.query("SELECT text FROM documents WHERE path = \(path)").first else { return nil }
            return String(buffer: try session.decode(row, ByteBuffer.self))
        }
    }

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
            var sentences: [Evidence] = []
            func add(_ found: [Evidence]) {
                for sentence in found where sentences.count < evidence && !sentences.contains(where: { $0.sentence == sentence.sentence }) {
                    sentences.append(sentence)
                }
            }
            for edge in Incident.withSentences(incidents, limit: 4 * evidence) where sentences.count < evidence {
                add(try self.evidence(edge: edge, limit: 1, filter: filter))
            }
            if sentences.count < evidence {
                for row in try session.query("""
                    SELECT m.doc_id, m.spans FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = \(entity.id)\(documents: filter, on: "d")
                    ORDER BY m.doc_id, m.surface LIMIT \(evidence)
                    """) {
                    let (doc, packed) = try session.decode(row, (Int64, Data).self)
                    let spans = Spans.unpack(packed)
                    guard spans.count >= 4, sentences.count < evidence else { continue }
                    add(try self.sentences(doc: doc, ranges: [spans[2]..<spans[3]]))
                }
            }
            return EntityCard.stored(entity: entity, aliases: aliases, documents: documents, neighbors: neighbors, evidence: sentences)
        }
    }

    public func relations(of entity: GraphEntity, _ query: RelationQuery) throws(GraphStoreError) -> [Relation] {
        var sides: [String] = []
        if query.role != .object { sides.append("source = \(entity.id)") }
        if query.role != .subject { sides.append("target = \(entity.id)") }
        let predicate = query.predicate ?? ""
        return try read {
            let rows = try session.query("""
                SELECT id, source, target, predicate, negated, sentences, documents FROM edges
                WHERE kind = \(EdgeKind.action.code) AND (\(unescaped: sides.joined(separator: " OR ")))
                    AND (\(query.predicate == nil) OR predicate = \(predicate))
                ORDER BY sentences + documents DESC, id LIMIT \(query.limit)
                """).map { try session.decode($0, (Int64, Int64, Int64, String, Bool, Int, Int).self) }
            let ends = try entities(ids: Set(rows.flatMap { [$0.1, $0.2] }))
            return try rows.compactMap { row in
                guard let subject = ends[row.1], let object = ends[row.2] else { return nil }
                return Relation.stored(subject: subject, predicate: row.3, object: object, negated: row.4, sentences: row.5, documents: row.6,
                                       evidence: try evidence(edge: row.0, limit: query.evidence, filter: query.documents))
            }
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

    public func evidence(from source: GraphEntity, to target: GraphEntity, kind: EdgeKind, predicate: String?,
                         limit: Int) throws(GraphStoreError) -> EdgeEvidence {
        try read {
            let edges: [Int64]
            if kind == .coMention {
                let stored = try session.query("SELECT 1 FROM co_mentions WHERE entity = \(source.id) AND other = \(target.id)").first != nil
                edges = stored ? [CoMentionID.of(source.id, target.id)] : []
            } else if let predicate {
                edges = try session.query("""
                    SELECT id FROM edges WHERE kind = \(kind.code) AND source = \(source.id) AND target = \(target.id) AND predicate = \(predicate)
                    ORDER BY sentences + documents DESC, id
                    """).map { try session.decode($0, Int64.self) }
            } else {
                edges = try session.query("""
                    SELECT id FROM edges WHERE kind = \(kind.code) AND source = \(source.id) AND target = \(target.id) ORDER BY sentences + documents DESC, id
                    """).map { try session.decode($0, Int64.self) }
            }
            var found: [Evidence] = []
            for edge in edges where found.count < limit {
                found += try evidence(edge: edge, limit: limit - found.count)
            }
            guard found.isEmpty, kind == .coMention, !edges.isEmpty else { return EdgeEvidence.stored(sameSentence: true, sentences: found) }
            return EdgeEvidence.stored(sameSentence: false, sentences: try firstMentions(source.id, target.id, limit: limit))
        }
    }

    /// The sentence of the first mention of each of `a` and `b` in each document naming both.
    private func firstMentions(_ a: Int64, _ b: Int64, limit: Int) throws -> [Evidence] {
        var firsts: [(doc: Int64, a: Range<Int>?, b: Range<Int>?)] = []
        func earliest(_ x: Range<Int>?, _ y: Range<Int>?) -> Range<Int>? { [x, y].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound } }
        for row in try session.query("""
            SELECT x.doc_id, x.spans, y.spans FROM mentions x JOIN mentions y ON y.entity_id = \(b) AND y.doc_id = x.doc_id
            WHERE x.entity_id = \(a) ORDER BY x.doc_id
            """) {
            let (doc, first, second) = try session.decode(row, (Int64, Data, Data).self)
            if firsts.last?.doc != doc { firsts.append((doc, nil, nil)) }
            firsts[firsts.count - 1].a = earliest(firsts[firsts.count - 1].a, SharedSentences.sentences(first).first)
            firsts[firsts.count - 1].b = earliest(firsts[firsts.count - 1].b, SharedSentences.sentences(second).first)
        }
        var found: [Evidence] = []
        for first in firsts where found.count < limit {
            let sentences = Set([first.a, first.b].compactMap { $0 }).sorted { $0.lowerBound < $1.lowerBound }.prefix(limit - found.count)
            found += try self.sentences(doc: first.doc, ranges: Array(sentences))
        }
        return found
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

    /// Writes the graph, or the part `query` selects, as ``GraphStore/export(_:as:to:)`` does:
    /// the same bytes for the same graph, read a page of rows at a time (``PostgresExportRows``).
    public func export(_ query: ExportQuery, as exporter: some GraphExporter, to output: ExportOutput) throws(ExportError) {
        try StoreSubgraph<PostgresExportRows>.export(query, of: path, as: exporter, to: output) { (work) throws(GraphStoreError) in
            try read { work(PostgresExportRows(store: self)) }
        }
    }
}
