/// Sentence and document counts per co-mention pair, keyed by `source << 32 | target`: a document
/// adds a count for every pair of its entities, so this is the hottest structure of ingest. Counts
/// are appended as they come and summed per pair when read, after a radix sort: in a collection
/// whose documents name different entities nearly every pair is new, and a hash table of them
/// costs a cache miss for each.
struct PairCounts {
    private struct Row {
        var pair: UInt64
        var sentences: Int32
        var documents: Int32
    }

    private var rows: [Row] = []

    /// Adds to the counts of `pair` (never 0: entity ids start at 1).
    mutating func add(_ pair: UInt64, sentences: Int = 0, documents: Int = 0) {
        rows.append(Row(pair: pair, sentences: Int32(sentences), documents: Int32(documents)))
    }

    /// Every pair with its summed counts from each end (`a << 32 | b`, then also `b << 32 | a`),
    /// in increasing order: each entity's entries together, as ``CoMentionRuns`` writes them.
    func forEachFromBothEnds(_ body: (UInt64, _ sentences: Int, _ documents: Int) throws -> Void) rethrows {
        var ends: [Row] = []
        ends.reserveCapacity(2 * rows.count)
        for row in rows {
            ends.append(row)
            ends.append(Row(pair: row.pair << 32 | row.pair >> 32, sentences: row.sentences, documents: row.documents))
        }
        Self.radixSort(&ends)
        var i = 0
        while i < ends.count {
            var sum = ends[i]
            i += 1
            while i < ends.count, ends[i].pair == sum.pair {
                sum.sentences += ends[i].sentences
                sum.documents += ends[i].documents
                i += 1
            }
            try body(sum.pair, Int(sum.sentences), Int(sum.documents))
        }
    }

    /// Sorts by `pair`, a byte at a time from the lowest (skipping bytes no pair sets): ingest
    /// sorts millions of rows a batch, which a comparison sort takes several times longer to do.
    private static func radixSort(_ rows: inout [Row]) {
        let used = rows.reduce(UInt64(0)) { $0 | $1.pair }
        var buffer = rows
        for shift in stride(from: UInt64(0), to: 64, by: 8) where (used >> shift) & 0xFF != 0 {
            var starts = [Int](repeating: 0, count: 257)
            for row in rows { starts[Int((row.pair >> shift) & 0xFF) + 1] += 1 }
            for b in 1...256 { starts[b] += starts[b - 1] }
            for row in rows {
                let b = Int((row.pair >> shift) & 0xFF)
                buffer[starts[b]] = row
                starts[b] += 1
            }
            swap(&rows, &buffer)
        }
    }
}
