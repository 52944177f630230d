/// Remembers what the lexicons said about recently seen words, so that frequent words cost one
/// probe of a small table instead of several probes of the large lexicon.
///
/// Words of up to 16 bytes are kept, in a table of 8,192 slots compared on the full word bytes; a
/// word is looked for in its slot and the neighbouring one, so that two frequent words with
/// the same slot do not keep replacing each other. One cache serves one thread; reuse it across documents.
public final class WordCache {
    struct Slot {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var info = WordInfo()
        var length: UInt8 = 0

        /// The info, when the slot holds the word of these bytes.
        @inline(__always)
        func info(_ head: UInt64, _ tail: UInt64, _ count: Int) -> WordInfo? {
            length == UInt8(count) && self.head == head && self.tail == tail ? info : nil
        }
    }

    /// 2^13 slots, indexed by the top 13 bits of a mixed hash.
    private var slots = [Slot](repeating: Slot(), count: 1 << 13)

    /// Decoded gazetteer entities by ``LexiconSet/entityID(_:)``, direct-mapped on 2^12 slots.
    private var entities = [(id: Int, entry: GazetteerEntry)?](repeating: nil, count: 1 << 12)

    public init() {}

    /// The gazetteer entity of a looked-up key, decoded once while it stays in the table.
    func entity(_ info: LexiconSet.Info, in lexicons: LexiconSet) -> GazetteerEntry? {
        guard let id = lexicons.entityID(info) else { return nil }
        let slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(id)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
        if let cached = entities[slot], cached.id == id { return cached.entry }
        guard let entry = lexicons.entity(info) else { return nil }
        entities[slot] = (id, entry)
        return entry
    }

    /// The remembered look-up of `word`, or the result of `compute`, which is then remembered.
    @inline(__always)
    func lookup(_ word: UnsafeBufferPointer<UInt8>, compute: () -> WordInfo) -> WordInfo {
        guard word.count <= 16, word.count > 0 else { return compute() }
        var head: UInt64 = 0, tail: UInt64 = 0
        for k in 0..<word.count {
            if k < 8 { head |= UInt64(word[k]) << (8 * UInt64(k)) } else { tail |= UInt64(word[k]) << (8 * UInt64(k - 8)) }
        }
        var mixed = (head ^ UInt64(word.count)) &* 0x9E37_79B9_7F4A_7C15 ^ tail &* 0xC2B2_AE3D_27D4_EB4F
        mixed ^= mixed >> 29
        mixed &*= 0x9E37_79B9_7F4A_7C15
        let index = Int(mixed >> 51)
        if let info = slots[index].info(head, tail, word.count) ?? slots[index ^ 1].info(head, tail, word.count) {
            return info
        }
        let found = compute()
        // The word takes its own slot; the one there moves to the neighbouring slot, whose word is dropped.
        slots[index ^ 1] = slots[index]
        slots[index] = Slot(head: head, tail: tail, info: found, length: UInt8(word.count))
        return found
    }
}

/// What the lexicons say about one word token.
struct WordInfo {
    /// Classes of the word as written and, for capitalized words, of its lowercase form.
    var classes: WordClass = []
    /// The look-up of the word as written.
    var exact: LexiconSet.Info?
    /// The look-up of the word in lowercase (``exact`` when it has no capital letter).
    var lowercase: LexiconSet.Info?
    /// Longer phrases start with the lowercase form (`foreign` → `foreign minister`).
    var startsLowercasePhrase = false
}
