/// Co-mention counts to add to the store's edges, per entity (``CoMentionRuns/add(_:sign:firstNew:)``).
protocol CoMentionCounts {
    /// Calls `body` with each entity that has counts, by increasing id, and its counts summed
    /// by the other end, by increasing id of that end.
    func forEachEntity(_ body: (Int64, [CoMentionEntry]) throws -> Void) rethrows
}
