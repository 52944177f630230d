/// The co-mention counts some documents add (``PostingPairs``), as rows for a
/// store that keeps each co-mention edge as one row per end.
package enum CoMentionPairs {
    package struct Row {
        package var entity: Int64
        package var other: Int64
        package var sentences: Int
        package var documents: Int
    }

    /// Each pair the documents' postings name, from each of its ends.
    package static func rows(of postings: some Sequence<[DocumentEntities.Named]>) -> [Row] {
        rows(of: PostingPairs(postings))
    }

    /// Each pair of `pairs`, from each of its ends.
    static func rows(of pairs: some CoMentionCounts) -> [Row] {
        var rows: [Row] = []
        pairs.forEachEntity { entity, entries in
            for entry in entries { rows.append(Row(entity: entity, other: entry.other, sentences: entry.sentences, documents: entry.documents)) }
        }
        return rows
    }
}
