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
    /// - Complexity: O(n · k) for k lists of n entries in all, into one array: a hub's runs hold
    ///   tens of thousands of entries, and an array a merge of two makes for each list is memory
    ///   the system must hand over (and clear) page by page.
    static func merge(_ lists: [[Self]], complete: Bool) -> [Self] {
        var merged: [Self] = []
        merged.reserveCapacity(lists.map(\.count).max() ?? 0)
        var next = [Int](repeating: 0, count: lists.count)
        while true {
            // The smallest key at the head of a list, and the sum of the entries that have it.
            var smallest: Int64?
            for (l, list) in lists.enumerated() where next[l] < list.count && list[next[l]].key < smallest ?? .max {
                smallest = list[next[l]].key
            }
            guard let key = smallest else { break }
            var sum: Self?
            for (l, list) in lists.enumerated() where next[l] < list.count && list[next[l]].key == key {
                if sum == nil {
                    sum = list[next[l]]
                } else {
                    sum!.sentences += list[next[l]].sentences
                    sum!.documents += list[next[l]].documents
                }
                next[l] += 1
            }
            // Negative sums are kept unless every run is merged: a run not merged may add to them.
            if let sum, complete ? sum.documents > 0 : sum.documents != 0 || sum.sentences != 0 { merged.append(sum) }
        }
        return merged
    }
}
