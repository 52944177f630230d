/// One edge seen from one of its ends, as the queries of either store read it.
package struct Incident {
    package var edge: Int64
    package var other: Int64
    package var kind: EdgeKind
    /// An action edge's predicate and negation, as the PostgreSQL store reads them with the edge; nil
    /// for a co-mention edge, and on SQLite, which reads them apart for the edges it shows
    /// (``Adjacency/labels(of:)``).
    package var label: (predicate: String, negated: Bool)?
    package var sentences: Int
    package var documents: Int
    /// True when the edge starts at the entity asked about.
    package var outgoing: Bool
    package var weight: Int { sentences + documents }

    package init(edge: Int64, other: Int64, kind: EdgeKind, label: (predicate: String, negated: Bool)? = nil, sentences: Int, documents: Int,
                 outgoing: Bool) {
        self.edge = edge; self.other = other; self.kind = kind; self.label = label
        self.sentences = sentences; self.documents = documents; self.outgoing = outgoing
    }

    /// The ids of up to `limit` of `incidents` stated in at least one sentence, heaviest first,
    /// then oldest.
    /// - Complexity: one pass, keeping the best `limit` so far.
    package static func withSentences(_ incidents: [Incident], limit: Int) -> [Int64] {
        var best: [(weight: Int, edge: Int64)] = []
        guard limit > 0 else { return [] }
        func before(_ a: (weight: Int, edge: Int64), _ b: (weight: Int, edge: Int64)) -> Bool { (b.weight, a.edge) < (a.weight, b.edge) }
        for incident in incidents where incident.sentences > 0 {
            let item = (weight: incident.weight, edge: incident.edge)
            guard best.count < limit || before(item, best[limit - 1]) else { continue }
            best.insert(item, at: best.firstIndex { before(item, $0) } ?? best.count)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.edge)
    }
}
