/// Sentence and document counts per co-mention pair, in an open-addressing table keyed by
/// `source << 32 | target`: a document adds a count for every pair of its entities, so this is
/// the hottest table of ingest, and a multiplicative hash beats `Dictionary`'s seeded SipHash.
struct PairCounts {
    private var keys: [UInt64]
    private var sentences: [Int32]
    private var documents: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    init() {
        keys = [UInt64](repeating: 0, count: 1 << 12)
        sentences = [Int32](repeating: 0, count: 1 << 12)
        documents = [Int32](repeating: 0, count: 1 << 12)
        shift = 64 - 12
    }

    /// Adds to the counts of `pair` (never 0: entity ids start at 1).
    mutating func add(_ pair: UInt64, sentences addedSentences: Int = 0, documents addedDocuments: Int = 0) {
        if count * 2 >= keys.count { grow() }
        let slot = self.slot(pair)
        if keys[slot] == 0 {
            keys[slot] = pair
            count += 1
        }
        sentences[slot] += Int32(addedSentences)
        documents[slot] += Int32(addedDocuments)
    }

    /// Every pair with its counts, in no particular order.
    func forEach(_ body: (UInt64, _ sentences: Int, _ documents: Int) throws -> Void) rethrows {
        for slot in keys.indices where keys[slot] != 0 { try body(keys[slot], Int(sentences[slot]), Int(documents[slot])) }
    }

    private func slot(_ pair: UInt64) -> Int {
        var slot = Int((pair &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = keys.count - 1
        while keys[slot] != 0, keys[slot] != pair { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        let old = (keys, sentences, documents)
        keys = [UInt64](repeating: 0, count: old.0.count * 2)
        sentences = [Int32](repeating: 0, count: old.0.count * 2)
        documents = [Int32](repeating: 0, count: old.0.count * 2)
        shift -= 1
        for i in old.0.indices where old.0[i] != 0 {
            let slot = self.slot(old.0[i])
            keys[slot] = old.0[i]
            sentences[slot] = old.1[i]
            documents[slot] = old.2[i]
        }
    }
}
