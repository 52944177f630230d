import Foundation
import Graph
import NER
import NIOCore
import PostgresNIO

/// One edge seen from one of its ends, as the queries read it.
struct PostgresIncident {
    var edge: Int64
    var other: Int64
    var kind: EdgeKind
    var predicate: String
    var negated: Bool
    var sentences: Int
    var documents: Int
    /// True when the edge starts at the entity asked about.
    var outgoing: Bool
    var weight: Int { sentences + documents }
}

extension PostgresGraphStore {
    /// The edges of entity `id` of at least `minWeight` that pass `filter`, unordered.
    func incidents(of id: Int64, filter: EdgeFilter, minWeight: Int) throws -> [PostgresIncident] {
        var found: [PostgresIncident] = []
        if filter != .coMention {
            for row in try session.query("""
                SELECT id, target, predicate, negated, sentences, documents, true FROM edges WHERE source = \(id) AND sentences + documents >= \(minWeight)
                UNION ALL
                SELECT id, source, predicate, negated, sentences, documents, false FROM edges WHERE target = \(id) AND sentences + documents >= \(minWeight)
                """) {
                let (edge, other, predicate, negated, sentences, documents, outgoing) = try session.decode(row, (Int64, Int64, String, Bool, Int, Int, Bool).self)
                guard other != id else { continue }
                found.append(PostgresIncident(edge: edge, other: other, kind: .action, predicate: predicate, negated: negated,
                                              sentences: sentences, documents: documents, outgoing: outgoing))
            }
        }
        if filter != .action {
            for row in try session.query("""
                SELECT other, sentences, documents FROM co_mentions WHERE entity = \(id) AND sentences + documents >= \(minWeight) AND other <> \(id)
                """) {
                let (other, sentences, documents) = try session.decode(row, (Int64, Int, Int).self)
                found.append(PostgresIncident(edge: CoMentionID.of(id, other), other: other, kind: .coMention, predicate: "", negated: false,
                                              sentences: sentences, documents: documents, outgoing: id < other))
            }
        }
        return found
    }

    /// `incidents` with the entity at their other end (of `type`, if given): heaviest first,
    /// then by that entity's name and type, then kind, predicate and negation; cut to `limit`.
    func ranked(_ incidents: [PostgresIncident], type: EntityType? = nil, limit: Int = .max) throws -> [(PostgresIncident, GraphEntity)] {
        let entities = try entities(ids: Set(incidents.map(\.other)))
        let rows = incidents.compactMap { incident in
            entities[incident.other].flatMap { type == nil || $0.type == type ? (incident, $0) : nil }
        }
        return rows.sorted { a, b in
            (-a.0.weight, a.1.name, a.1.type.rawValue, a.0.kind.code, a.0.predicate, a.0.negated ? 1 : 0)
                < (-b.0.weight, b.1.name, b.1.type.rawValue, b.0.kind.code, b.0.predicate, b.0.negated ? 1 : 0)
        }.prefix(limit).map { $0 }
    }

    func neighbor(_ incident: PostgresIncident, _ entity: GraphEntity, depth: Int = 1, via: String? = nil, evidence: [Evidence] = []) -> Neighbor {
        Neighbor.stored(entity, kind: incident.kind, predicate: incident.predicate, negated: incident.negated, outgoing: incident.outgoing,
                        sentences: incident.sentences, documents: incident.documents, depth: depth, via: via, evidence: evidence)
    }

    /// The sentences at `ranges` of document `doc`.
    func sentences(doc: Int64, ranges: [Range<Int>]) throws -> [Evidence] {
        guard !ranges.isEmpty, let row = try session.query("""
            SELECT path, date, nullif(title, ''), url, source, text FROM documents WHERE id = \(doc)
            """).first else { return [] }
        let (path, date, title, url, source, text) = try session.decode(row, (String, String?, String?, String?, String?, ByteBuffer).self)
        let bytes = Array(text.readableBytesView)
        return ranges.map { range in
            Evidence.stored(document: path, date: date, start: range.lowerBound, end: range.upperBound,
                            sentence: Evidence.sentence(range, of: bytes), title: title, url: url, source: source)
        }
    }

    /// Up to `limit` sentences that state edge `edge`, in document order: for co-mention, the
    /// sentences naming both ends; for an action, its evidence rows.
    func evidence(edge: Int64, limit: Int) throws -> [Evidence] {
        guard limit > 0 else { return [] }
        if let (a, b) = CoMentionID.ends(edge) {
            return try sharedSentences(a, b, limit: limit).flatMap { try sentences(doc: $0.doc, ranges: $0.sentences) }
        }
        var found: [Evidence] = []
        for row in try session.query("SELECT doc_id, spans FROM evidence WHERE edge_id = \(edge) ORDER BY doc_id LIMIT \(limit)") {
            let (doc, spans) = try session.decode(row, (Int64, Data).self)
            found += try sentences(doc: doc, ranges: Array(Spans.ranges(spans).prefix(limit - found.count)))
            if found.count >= limit { break }
        }
        return found
    }

    /// Each document that names both `a` and `b` in one sentence, in document order, with those
    /// sentences in text order; stops once `limit` sentences are found.
    func sharedSentences(_ a: Int64, _ b: Int64, limit: Int) throws -> [(doc: Int64, sentences: [Range<Int>])] {
        var byDocument: [(doc: Int64, first: Set<Range<Int>>, second: Set<Range<Int>>)] = []
        for row in try session.query("""
            SELECT x.doc_id, x.spans, y.spans FROM mentions x JOIN mentions y ON y.entity_id = \(b) AND y.doc_id = x.doc_id
            WHERE x.entity_id = \(a) ORDER BY x.doc_id
            """) {
            let (doc, first, second) = try session.decode(row, (Int64, Data, Data).self)
            if byDocument.last?.doc != doc { byDocument.append((doc, [], [])) }
            byDocument[byDocument.count - 1].first.formUnion(SharedSentences.sentences(first))
            byDocument[byDocument.count - 1].second.formUnion(SharedSentences.sentences(second))
        }
        var found: [(doc: Int64, sentences: [Range<Int>])] = []
        var count = 0
        for document in byDocument where count < limit {
            let shared = document.first.intersection(document.second).sorted { $0.lowerBound < $1.lowerBound }.prefix(limit - count)
            if !shared.isEmpty { found.append((document.doc, Array(shared))); count += shared.count }
        }
        return found
    }
}
