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
    /// runs not merged. Of entries with the same key, the one of the first list carries the
    /// fields other than the counts.
    /// - Complexity: O(n log k) for k lists of n entries in all, into one array (a heap of the
    ///   lists' heads): a hub's runs hold tens of thousands of entries, and an array a merge of two
    ///   makes for each list is memory the system must hand over (and clear) page by page.
    static func merge(_ lists: [[Self]], complete: Bool) -> [Self] {
        func kept(_ sum: Self) -> Bool {
            // Negative sums are kept unless every run is merged: a run not merged may add to them.
            complete ? sum.documents > 0 : sum.documents != 0 || sum.sentences != 0
        }
        if lists.count == 1 { return lists[0].filter(kept) }
        var merged: [Self] = []
        merged.reserveCapacity(lists.map(\.count).max() ?? 0)
        var heads = RunHeads(lists.indices.filter { !lists[$0].isEmpty }.map { (lists[$0][0].key, $0) })
        var next = [Int](repeating: 0, count: lists.count)
        var sum: Self?
        while let (key, list) = heads.first {
            let entry = lists[list][next[list]]
            next[list] += 1
            heads.replaceFirst(with: next[list] < lists[list].count ? (lists[list][next[list]].key, list) : nil)
            if var current = sum, current.key == key {
                current.sentences += entry.sentences
                current.documents += entry.documents
                sum = current
            } else {
                if let sum, kept(sum) { merged.append(sum) }
                sum = entry
            }
        }
        if let sum, kept(sum) { merged.append(sum) }
        return merged
    }
}

/// The heads of lists being merged, as a binary min-heap of (key, list): the smallest key first,
/// and of equal keys the first list's.
struct RunHeads {
    private var heap: [(key: Int64, list: Int)]

    init(_ heads: [(key: Int64, list: Int)]) {
        heap = heads
        for i in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
    }

    /// The smallest head, if any list has entries left.
    var first: (key: Int64, list: Int)? { heap.first }

    /// Replaces the smallest head with the next head of its list, or removes it when the list is done.
    mutating func replaceFirst(with head: (key: Int64, list: Int)?) {
        if let head { heap[0] = head } else {
            let last = heap.removeLast()
            guard !heap.isEmpty else { return }
            heap[0] = last
        }
        siftDown(0)
    }

    private func less(_ a: (key: Int64, list: Int), _ b: (key: Int64, list: Int)) -> Bool { (a.key, a.list) < (b.key, b.list) }

    private mutating func siftDown(_ start: Int) {
        var i = start
        while true {
            let left = 2 * i + 1, right = left + 1
            var smallest = i
            if left < heap.count, less(heap[left], heap[smallest]) { smallest = left }
            if right < heap.count, less(heap[right], heap[smallest]) { smallest = right }
            guard smallest != i else { return }
            heap.swapAt(i, smallest)
            i = smallest
        }
    }
}
