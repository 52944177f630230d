/// An entry of a packed list of edges kept per entity in runs (``PackedRuns``): the list is
/// ordered by ``key``, and a run of changes holds counts to add to those of the same key
/// (negative ones when documents were taken out).
protocol RunEntry: Sendable {
    /// Orders a list; unique within one entity's edges.
    var key: Int64 { get }
    /// The entity at the edge's other end.
    var other: Int64 { get }
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
    /// The edge's weight: its sentences plus its documents.
    var weight: Int { sentences + documents }

    /// Merges, in place, `runs` lists in increasing ``key`` that follow one another in `entries`
    /// (in any order) into one list: the counts of the same key summed, entries that sum to
    /// nothing dropped. When the lists are `complete` (every run of the entity), entries left
    /// without a document are dropped too; else negative counts stay, to cancel those of runs not
    /// merged. Entries of the same key differ in their counts alone.
    /// - Complexity: O(n log k) for k lists of n entries in all: the standard library's stable
    ///   sort finds the lists as runs already in order and merges them, in one array with one
    ///   buffer beside it (a hub's runs hold tens of thousands of entries, and every array more is
    ///   memory the system must hand over, and clear, page by page).
    static func merge(_ entries: inout [Self], runs: Int, complete: Bool) {
        if runs > 1 { entries.sort { $0.key < $1.key } }
        var kept = 0
        entries.withUnsafeMutableBufferPointer { list in
            var i = 0
            while i < list.count {
                var sum = list[i]
                i += 1
                while i < list.count, list[i].key == sum.key {
                    sum.sentences += list[i].sentences
                    sum.documents += list[i].documents
                    i += 1
                }
                // Negative sums are kept unless every run is merged: a run not merged may add to them.
                if complete ? sum.documents > 0 : sum.documents != 0 || sum.sentences != 0 {
                    list[kept] = sum
                    kept += 1
                }
            }
        }
        entries.removeLast(entries.count - kept)
    }
}
