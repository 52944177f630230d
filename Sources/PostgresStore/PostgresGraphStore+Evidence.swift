import Foundation
import Graph
import NER
import NIOCore
import PostgresNIO

extension PostgresGraphStore {
    /// The edges of entity `id` of at least `minWeight` that pass `filter`, unordered, labelled;
    /// counted over the documents that pass `documents`, as ``GraphStore/neighbors(of:_:)`` counts
    /// them: the stored counts when every document passes, else, for an action, its evidence rows
    /// in documents that pass and name the entity, for a co-mention, the postings of those documents.
    func incidents(of id: Int64, filter: EdgeFilter, minWeight: Int, documents: DocumentFilter = DocumentFilter()) throws -> [Incident] {
        var found: [Incident] = []
        if filter != .coMention {
            let rows = try session.query(documents.passesAll ? """
                SELECT id, target, predicate, negated, sentences, documents, true FROM edges WHERE source = \(id) AND sentences + documents >= \(minWeight)
                UNION ALL
                SELECT id, source, predicate, negated, sentences, documents, false FROM edges WHERE target = \(id) AND sentences + documents >= \(minWeight)
                """ : """
                SELECT g.id, CASE WHEN g.source = \(id) THEN g.target ELSE g.source END, g.predicate, g.negated, sum(v.sentences), count(*),
                    g.source = \(id)
                FROM edges g JOIN evidence v ON v.edge_id = g.id JOIN documents d ON d.id = v.doc_id
                WHERE (g.source = \(id) OR g.target = \(id)) AND v.doc_id IN (SELECT doc_id FROM mentions WHERE entity_id = \(id))\(documents: documents, on: "d")
                GROUP BY g.id HAVING sum(v.sentences) + count(*) >= \(minWeight)
                """)
            for row in rows {
                let (edge, other, predicate, negated, sentences, documents, outgoing) = try session.decode(row, (Int64, Int64, String, Bool, Int, Int, Bool).self)
                guard other != id else { continue }
                found.append(Incident(edge: edge, other: other, kind: .action, label: (predicate, negated), sentences: sentences, documents: documents,
                                      outgoing: outgoing))
            }
        }
        if filter != .action {
            for (other, sentences, documents) in try coMentions(of: id, documents: documents) where sentences + documents >= minWeight && other != id {
                found.append(Incident(edge: CoMentionID.of(id, other), other: other, kind: .coMention, sentences: sentences, documents: documents,
                                      outgoing: id < other))
            }
        }
        return found
    }

    /// The co-mention edges of entity `id`: its stored rows when every document passes
    /// `documents`, else counted over the postings of the documents that pass and name it.
    private func coMentions(of id: Int64, documents: DocumentFilter) throws -> [(other: Int64, sentences: Int, documents: Int)] {
        guard documents.passesAll else {
            let passing = try session.query("""
                SELECT DISTINCT m.doc_id FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.entity_id = \(id)\(documents: documents, on: "d")
                """).map { try session.decode($0, Int64.self) }
            return DocumentEntities.coMentions(of: id, in: try postings(of: passing).values)
        }
        return try session.query("SELECT other, sentences, documents FROM co_mentions WHERE entity = \(id)").map { row in
            let (other, sentences, documents) = try session.decode(row, (Int64, Int, Int).self)
            return (other, sentences, documents)
        }
    }

    /// `incidents` with the entity at their other end (of `type`, if given): heaviest first,
    /// then by that entity's name and type, then kind, predicate and negation; cut to `limit`.
    func ranked(_ incidents: [Incident], type: EntityType? = nil, limit: Int? = nil) throws -> [(Incident, GraphEntity)] {
        let entities = try entities(ids: Set(incidents.map(\.other)))
        let rows = incidents.compactMap { incident in
            entities[incident.other].flatMap { type == nil || $0.type == type ? (incident, $0) : nil }
        }
        return rows.sorted { a, b in
            (-a.0.weight, a.1.name, a.1.type.rawValue, a.0.kind.code, a.0.label?.predicate ?? "", a.0.label?.negated == true ? 1 : 0)
                < (-b.0.weight, b.1.name, b.1.type.rawValue, b.0.kind.code, b.0.label?.predicate ?? "", b.0.label?.negated == true ? 1 : 0)
        }.prefix(limit ?? .max).map { $0 }
    }

    func neighbor(_ incident: Incident, _ entity: GraphEntity, depth: Int = 1, via: String? = nil, evidence: [Evidence] = []) -> Neighbor {
        Neighbor.stored(entity, kind: incident.kind, predicate: incident.label?.predicate ?? "", negated: incident.label?.negated ?? false,
                        outgoing: incident.outgoing,
                        sentences: incident.sentences, documents: incident.documents, depth: depth, via: via, evidence: evidence)
    }

    /// The sentences at `ranges` of document `doc`; none when it does not pass `filter`.
    func sentences(doc: Int64, ranges: [Range<Int>], filter: DocumentFilter = DocumentFilter()) throws -> [Evidence] {
        guard !ranges.isEmpty, let row = try session.query("""
            SELECT path, date, nullif(title, ''), url, source, text FROM documents d WHERE id = \(doc)\(documents: filter, on: "d")
            """).first else { return [] }
        let (path, date, title, url, source, text) = try session.decode(row, (String, String?, String?, String?, String?, ByteBuffer).self)
        let bytes = Array(text.readableBytesView)
        return ranges.map { range in
            Evidence.stored(document: path, date: date, start: range.lowerBound, end: range.upperBound,
                            sentence: Evidence.sentence(range, of: bytes), title: title, url: url, source: source)
        }
    }

    /// Up to `limit` sentences that state edge `edge`, in document order, from documents that
    /// pass `filter`: for co-mention, the sentences naming both ends; for an action, its evidence rows.
    func evidence(edge: Int64, limit: Int, filter: DocumentFilter = DocumentFilter()) throws -> [Evidence] {
        guard limit > 0 else { return [] }
        if let (a, b) = CoMentionID.ends(edge) {
            return try SharedSentences.shared(limit: limit, next: try pairs(of: a, b, filter: filter))
                .flatMap { try sentences(doc: $0.doc, ranges: $0.sentences) }
        }
        var found: [Evidence] = []
        for row in try session.query("""
            SELECT v.doc_id, v.spans FROM evidence v JOIN documents d ON d.id = v.doc_id WHERE v.edge_id = \(edge)\(documents: filter, on: "d")
            ORDER BY v.doc_id LIMIT \(limit)
            """) {
            let (doc, spans) = try session.decode(row, (Int64, Data).self)
            found += try sentences(doc: doc, ranges: Array(Spans.ranges(spans).prefix(limit - found.count)))
            if found.count >= limit { break }
        }
        return found
    }

    /// Up to `limit` sentences that state `incident`'s edge, from documents that pass `filter`;
    /// none when it counts no sentence.
    func evidence(_ incident: Incident, limit: Int, filter: DocumentFilter) throws -> [Evidence] {
        incident.sentences > 0 ? try evidence(edge: incident.edge, limit: limit, filter: filter) : []
    }

    /// The pairs of mention rows of `a` and `b` in each document that passes `filter` and names
    /// both, in document order, as ``SharedSentences`` reads them: one at each call, nil at the end.
    func pairs(of a: Int64, _ b: Int64, filter: DocumentFilter = DocumentFilter()) throws -> () throws -> (doc: Int64, first: Data, second: Data)? {
        var rows = try session.query("""
            SELECT x.doc_id, x.spans, y.spans FROM mentions x JOIN mentions y ON y.entity_id = \(b) AND y.doc_id = x.doc_id
                JOIN documents d ON d.id = x.doc_id
            WHERE x.entity_id = \(a)\(documents: filter, on: "d") ORDER BY x.doc_id
            """).makeIterator()
        return { try rows.next().map { try self.session.decode($0, (Int64, Data, Data).self) } }
    }
}
