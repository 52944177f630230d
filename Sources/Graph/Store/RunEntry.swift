/// An entry of a packed list of edges kept per entity in runs (``PackedRuns``): the list is
/// ordered by ``key``, and a run of changes holds counts to add to those of the same key
/// (negative ones when documents were taken out).
protocol RunEntry: Sendable {
    /// Orders a list; unique within one entity's edges.
    var key: Int64 { get }
    var sentences: Int { get set }
    var documents: Int { get set }

    /// The table of the runs and its column of packed lists.
    static var table: String { get }
    static var column: String { get }

    /// The packed bytes of `entries` (in increasing ``key``).
    static func pack(_ entries: some Collection<Self>) -> [UInt8]
    /// Appends the entries packed in `bytes` to `entries`.
    static func unpack(_ bytes: UnsafeRawBufferPointer, into entries: inout [Self])
}

extension RunEntry {
    /// One list from lists in increasing ``key``: the counts of the same key summed, entries that
    /// sum to nothing dropped. When the lists are `complete` (every run of the entity), entries
    /// left without a document are dropped too; else negative counts stay, to cancel those of
    /// runs not merged.
    /// - Complexity: O(n · k) for k lists of n entries in all.
    static func merge(_ lists: [[Self]], complete: Bool) -> [Self] {
        guard var merged = lists.first else { return [] }
        for list in lists.dropFirst() { merged = merge(merged, list) }
        if complete { merged.removeAll { $0.documents <= 0 } }
        return merged
    }

    private static func merge(_ a: [Self], _ b: [Self]) -> [Self] {
        var merged: [Self] = []
        merged.reserveCapacity(max(a.count, b.count))
        var i = 0, j = 0
        // Negative sums are kept until the end: a later list may add to them.
        func keep(_ entry: Self) { if entry.documents != 0 || entry.sentences != 0 { merged.append(entry) } }
        while i < a.count, j < b.count {
            if a[i].key < b[j].key { keep(a[i]); i += 1 } else if b[j].key < a[i].key { keep(b[j]); j += 1 } else {
                var sum = a[i]
                sum.sentences += b[j].sentences
                sum.documents += b[j].documents
                keep(sum)
                i += 1; j += 1
            }
        }
        while i < a.count { keep(a[i]); i += 1 }
        while j < b.count { keep(b[j]); j += 1 }
        return merged
    }
}
