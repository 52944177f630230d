import Foundation
import GRDB

/// The sentences that name two entities, read from their mention rows (each mention keeps the
/// range of its sentence): the evidence of a co-mention edge, which the store does not keep apart.
package struct SharedSentences {
    let db: Database

    /// Each document that names both `a` and `b` in one sentence, in document order, with those
    /// sentences in text order, from the documents that pass `filter`; stops once `limit`
    /// sentences are found.
    ///
    /// - Complexity: one indexed pass over the mention rows of the entity named in fewer
    ///   documents, each joined to the other's rows in the same document.
    func between(_ a: Int64, _ b: Int64, limit: Int = .max, filter: DocumentFilter = DocumentFilter()) throws -> [(doc: Int64, sentences: [Range<Int>])] {
        guard limit > 0 else { return [] }
        let fewer = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM entities WHERE id IN (?1, ?2) ORDER BY documents, id LIMIT 1"),
                                       arguments: [a, b]) ?? a
        let (condition, arguments) = filter.condition(on: "d", after: fewer == a ? [a, b] : [b, a])
        let documents = condition.isEmpty ? "" : " JOIN documents d ON d.id = x.doc_id"
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT x.doc_id, x.spans, y.spans FROM mentions x JOIN mentions y ON y.entity_id = ?2 AND y.doc_id = x.doc_id\(documents)
            WHERE x.entity_id = ?1\(condition) ORDER BY x.doc_id
            """), arguments: arguments)
        return try Self.shared(limit: limit) { try rows.next().map { ($0[0], $0[1], $0[2]) } }
    }

    /// Each document that names both `a` and `b`, in document order, with the sentence of the
    /// first mention of each (one range when that is one sentence); stops after `limit` sentences.
    /// For edges whose ends are named in the same documents but never in one sentence.
    func firstMentions(_ a: Int64, _ b: Int64, limit: Int = .max) throws -> [(doc: Int64, sentences: [Range<Int>])] {
        guard limit > 0 else { return [] }
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT x.doc_id, x.spans, y.spans FROM mentions x JOIN mentions y ON y.entity_id = ?2 AND y.doc_id = x.doc_id
            WHERE x.entity_id = ?1 ORDER BY x.doc_id
            """), arguments: [a, b])
        return try Self.firstMentions(limit: limit) { try rows.next().map { ($0[0], $0[1], $0[2]) } }
    }

    /// The sentences two entities share, from the pairs of their mention rows in each document
    /// that `next` gives (document, then the spans of each entity; in document order, nil at the
    /// end): each document with such sentences, with them in text order; stops once `limit`
    /// sentences are found.
    package static func shared(limit: Int, next: () throws -> (doc: Int64, first: Data, second: Data)?) rethrows -> [(doc: Int64, sentences: [Range<Int>])] {
        var found: [(doc: Int64, sentences: [Range<Int>])] = []
        var count = 0
        var doc: Int64?
        var first = Set<Range<Int>>(), second = Set<Range<Int>>()
        func flush() {
            guard let doc else { return }
            let shared = first.intersection(second).sorted { $0.lowerBound < $1.lowerBound }.prefix(limit - count)
            if !shared.isEmpty { found.append((doc, Array(shared))); count += shared.count }
        }
        while count < limit, let row = try next() {
            if row.doc != doc { flush(); doc = row.doc; first = []; second = [] }
            first.formUnion(sentences(row.first))
            second.formUnion(sentences(row.second))
        }
        if count < limit { flush() }
        return found
    }

    /// The sentence of the first mention of each of two entities, from the pairs of their mention
    /// rows in each document that `next` gives (as for ``shared(limit:next:)``): each document with
    /// those one or two sentences in text order; stops after `limit` sentences.
    package static func firstMentions(limit: Int, next: () throws -> (doc: Int64, first: Data, second: Data)?) rethrows
        -> [(doc: Int64, sentences: [Range<Int>])] {
        // A document has a row for each surface form of an entity: keep each entity's earliest sentence.
        var firsts: [(doc: Int64, a: Range<Int>?, b: Range<Int>?)] = []
        func earliest(_ x: Range<Int>?, _ y: Range<Int>?) -> Range<Int>? { [x, y].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound } }
        while let row = try next() {
            if firsts.last?.doc != row.doc {
                if firsts.reduce(0, { $0 + Set([$1.a, $1.b].compactMap { $0 }).count }) >= limit { break }
                firsts.append((row.doc, nil, nil))
            }
            firsts[firsts.count - 1].a = earliest(firsts[firsts.count - 1].a, sentences(row.first).first)
            firsts[firsts.count - 1].b = earliest(firsts[firsts.count - 1].b, sentences(row.second).first)
        }
        var found: [(doc: Int64, sentences: [Range<Int>])] = []
        var count = 0
        for first in firsts where count < limit {
            let sentences = Set([first.a, first.b].compactMap { $0 }).sorted { $0.lowerBound < $1.lowerBound }.prefix(limit - count)
            found.append((first.doc, Array(sentences)))
            count += sentences.count
        }
        return found
    }

    /// The sentence ranges of a mention row's spans (`[start, end, sentenceStart, sentenceEnd]` each).
    package static func sentences(_ spans: Data) -> [Range<Int>] {
        let v = Spans.unpack(spans)
        return stride(from: 0, to: v.count - 3, by: 4).map { v[$0 + 2]..<max(v[$0 + 2], v[$0 + 3]) }
    }
}
