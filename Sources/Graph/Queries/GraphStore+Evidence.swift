import GRDB

/// The sentences behind one edge.
public struct EdgeEvidence: Sendable, Codable, Equatable {
    /// True when each sentence names both ends (or states the action); false for a co-mention
    /// edge whose ends are named in the same documents but never in one sentence: the sentences
    /// are then those of the first mention of each end in each such document.
    public var sameSentence: Bool
    public var sentences: [Evidence]
}

extension GraphStore {
    /// Up to `limit` sentences that state the edge between `source` and `target`: for
    /// `.coMention`, the sentences naming both (either order), else the first sentence naming each
    /// in the documents naming both; for `.action`, those where `source` does `predicate` (or does
    /// not) to `target`, or, without a predicate, any action from `source` to
    /// `target`, heaviest first. Empty when no such edge is stored.
    ///
    /// - Complexity: one indexed read of the edges between the two, then their evidence.
    public func evidence(from source: GraphEntity, to target: GraphEntity, kind: EdgeKind, predicate: String? = nil,
                         limit: Int = 10) throws(GraphStoreError) -> EdgeEvidence {
        try read { db in
            let edges: [Int64]
            var coMentioned = false
            if kind == .coMention {  // one edge a pair, numbered by its ends
                let stored = try CoMentionRuns(db: db).edge(source.id, target.id)
                coMentioned = stored != nil
                // Shared sentences are looked for only when the edge counts some.
                edges = stored?.sentences ?? 0 > 0 ? [CoMentionID.of(source.id, target.id)] : []
            } else {
                var sql = "SELECT id FROM edges WHERE kind = :kind AND source = :source AND target = :target"
                var arguments: [String: (any DatabaseValueConvertible)?] = ["kind": kind, "source": source.id, "target": target.id]
                if let predicate {
                    sql += " AND predicate = :predicate"  // stated or negated: negation is a column of its own
                    arguments["predicate"] = predicate
                }
                sql += " ORDER BY sentences + documents DESC, id"
                edges = try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
            }
            var found: [Evidence] = []
            for edge in edges where found.count < limit {
                found += try EntityRows.evidence(db, edge: edge, limit: limit - found.count)
            }
            guard found.isEmpty, coMentioned else { return EdgeEvidence(sameSentence: true, sentences: found) }
            let documents = try SharedSentences(db: db).firstMentions(source.id, target.id, limit: limit)
            return EdgeEvidence(sameSentence: false, sentences: try documents.flatMap { try EntityRows.evidence(db, doc: $0.doc, ranges: $0.sentences) })
        }
    }
}
