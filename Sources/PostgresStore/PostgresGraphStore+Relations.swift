import Foundation
import Graph
import NER
import PostgresNIO

/// The actions an entity takes part in and the sentences behind an edge, as ``GraphStore`` gives them.
extension PostgresGraphStore {
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
        try SharedSentences.firstMentions(limit: limit, next: try pairs(of: a, b)).flatMap { try sentences(doc: $0.doc, ranges: $0.sentences) }
    }
}
