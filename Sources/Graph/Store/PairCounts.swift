/// Sentence and document counts per co-mention pair, in an open-addressing table keyed by
/// `source << 32 | target`: a document adds a count for every pair of its entities, so this is
/// the hottest table of ingest, and a multiplicative hash beats `Dictionary`'s seeded SipHash.
struct PairCounts {
    private struct Slot {
        var pair: UInt64 = 0
        var sentences: Int32 = 0
        var documents: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 1 << 12)
    private var shift: UInt64 = 64 - 12
    private(set) var count = 0

    /// Adds to the counts of `pair` (never 0: entity ids start at 1).
    mutating func add(_ pair: UInt64, sentences: Int = 0, documents: Int = 0) {
        if count * 2 >= slots.count { grow() }
        slots.withUnsafeMutableBufferPointer { slots in
            let slot = Self.slot(of: pair, in: UnsafeBufferPointer(slots), shift: shift)
            if slots[slot].pair == 0 {
                slots[slot].pair = pair
                count += 1
            }
            slots[slot].sentences += Int32(sentences)
            slots[slot].documents += Int32(documents)
        }
    }

    /// Every pair with its counts from each end (`a << 32 | b`, then also `b << 32 | a`), in
    /// increasing order: each entity's entries together, as ``CoMentionRuns`` writes them.
    func forEachFromBothEnds(_ body: (UInt64, _ sentences: Int, _ documents: Int) throws -> Void) rethrows {
        var rows: [Slot] = []
        rows.reserveCapacity(2 * count)
        for slot in slots where slot.pair != 0 {
            rows.append(slot)
            rows.append(Slot(pair: slot.pair << 32 | slot.pair >> 32, sentences: slot.sentences, documents: slot.documents))
        }
        Self.radixSort(&rows)
        for row in rows { try body(row.pair, Int(row.sentences), Int(row.documents)) }
    }

    /// Sorts by `pair`, a byte at a time from the lowest (skipping bytes no pair sets): ingest
    /// sorts millions of rows a batch, which a comparison sort takes several times longer to do.
    private static func radixSort(_ rows: inout [Slot]) {
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

    /// The slot that holds `pair`, or the empty slot where it goes.
    private static func slot(of pair: UInt64, in slots: UnsafeBufferPointer<Slot>, shift: UInt64) -> Int {
        var slot = Int((pair &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = slots.count - 1
        while slots[slot].pair != 0, slots[slot].pair != pair { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        shift -= 1
        slots.withUnsafeMutableBufferPointer { slots in
            for entry in old where entry.pair != 0 {
                slots[Self.slot(of: entry.pair, in: UnsafeBufferPointer(slots), shift: shift)] = entry
            }
        }
    }
}
