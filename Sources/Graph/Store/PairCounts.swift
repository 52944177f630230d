/// Sentence and document counts per co-mention pair, added one pair at a time (the generated
/// graph's sentences; documents' postings are read by ``PostingPairs``) and gathered from each
/// end: each entity keeps a list of its counts in the order they come, sorted and summed by the
/// other end when it has doubled since it last was, and when read, so that a list stays within
/// twice its distinct pairs without a table keyed by pair.
struct PairCounts: CoMentionCounts {
    /// A count from one end, in 16 bytes: a generated graph holds millions.
    private struct Count {
        var other: Int64
        var sentences: Int32
        var documents: Int32
    }

    private var position: [Int64: Int] = [:]
    private var lists: [[Count]] = []
    /// The length of each list when it was last summed.
    private var summed: [Int] = []

    /// Adds to the counts of the pair `a`, `b`, at both ends.
    mutating func add(_ a: Int64, _ b: Int64, sentences: Int = 0, documents: Int = 0) {
        append(Count(other: b, sentences: Int32(sentences), documents: Int32(documents)), to: list(of: a))
        append(Count(other: a, sentences: Int32(sentences), documents: Int32(documents)), to: list(of: b))
    }

    /// Each entity with a pair, in increasing id, with its entries summed by the other end, in
    /// increasing id of that end: as ``CoMentionRuns`` writes them.
    func forEachEntity(_ body: (Int64, [CoMentionEntry]) throws -> Void) rethrows {
        for (entity, i) in position.sorted(by: { $0.key < $1.key }) {
            try body(entity, Self.sum(lists[i]).map { CoMentionEntry(other: $0.other, sentences: Int($0.sentences), documents: Int($0.documents)) })
        }
    }

    private mutating func append(_ count: Count, to i: Int) {
        lists[i].append(count)
        if lists[i].count >= max(64, 2 * summed[i]) {
            lists[i] = Self.sum(lists[i])
            summed[i] = lists[i].count
        }
    }

    /// `counts` sorted by the other end, those of the same end summed.
    private static func sum(_ counts: [Count]) -> [Count] {
        var sums: [Count] = []
        sums.reserveCapacity(counts.count)
        for count in counts.sorted(by: { $0.other < $1.other }) {
            if sums.last?.other == count.other {
                sums[sums.count - 1].sentences += count.sentences
                sums[sums.count - 1].documents += count.documents
            } else {
                sums.append(count)
            }
        }
        return sums
    }

    private mutating func list(of entity: Int64) -> Int {
        if let i = position[entity] { return i }
        position[entity] = lists.count
        lists.append([])
        summed.append(0)
        return lists.count - 1
    }
}
