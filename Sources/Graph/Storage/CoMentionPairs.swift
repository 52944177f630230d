/// The co-mention counts some documents add (``DocumentEntities/pairs(of:)``), as rows for a
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
        var rows: [Row] = []
        DocumentEntities.pairs(of: postings).forEachFromBothEnds { pair, sentences, documents in
            rows.append(Row(entity: Int64(pair >> 32), other: Int64(pair & 0xFFFF_FFFF), sentences: sentences, documents: documents))
        }
        return rows
    }
}
