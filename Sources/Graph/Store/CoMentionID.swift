/// The id of a co-mention edge, made from its ends: `source << 32 | target`, smaller entity id
/// first. Co-mention edges (``CoMentionRuns``) have no id of their own; action edges keep their row
/// ids, which stay below `1 << 32`, so every edge id says which table holds the edge.
package enum CoMentionID {
    /// The id of the co-mention edge between entities `a` and `b`.
    package static func of(_ a: Int64, _ b: Int64) -> Int64 { min(a, b) << 32 | max(a, b) }

    /// The ends of the co-mention edge `id`, smaller first; nil for an action edge's id.
    package static func ends(_ id: Int64) -> (Int64, Int64)? {
        id >> 32 == 0 ? nil : (id >> 32, id & 0xFFFF_FFFF)
    }
}
