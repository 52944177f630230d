import CPrefetch

/// Remembers what the lexicons said about recently seen words, so that frequent words cost one
/// probe of a small table instead of several probes of the large lexicon.
///
/// Words of up to 15 bytes are kept, in 4,096 pairs of slots compared on the full word bytes: a
/// word's pair keeps the two words last added to it, so that two frequent words with the same
/// pair do not keep replacing each other. One cache serves one thread, one document at a time;
/// reuse it across documents.
public final class WordCache {
    /// One remembered word: its bytes (the length in the top byte of `tail`) and its look-up, in
    /// one 64-byte line.
    struct Slot {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var info = WordInfo()
    }

    /// 2^13 slots in pairs, the pair chosen by the top 12 bits of a mixed hash, each slot on a cache line of its own.
    private let slots: UnsafeMutablePointer<Slot>
    private static let slotCount = 1 << 13

    /// Decoded gazetteer entities by ``LexiconSet/entityID(_:)``, direct-mapped on 2^12 slots.
    private var entities = [(id: Int, entry: GazetteerEntry)?](repeating: nil, count: 1 << 12)

    /// Lemmas by where they are (``LexiconSet/LemmaReference``), direct-mapped on 2^10 slots.
    private var lemmas = [(reference: LexiconSet.LemmaReference, lemma: String)?](repeating: nil, count: 1 << 10)

    /// Look-ups of names of several words, phrases and lemmas.
    let phrases = PhraseCache()

    /// The per-token look-ups of the document being read, in memory kept from document to document.
    private var documentWords = UnsafeMutableBufferPointer<WordInfo>(start: nil, count: 0)

    public init() {
        slots = UnsafeMutableRawPointer.allocate(byteCount: MemoryLayout<Slot>.stride * Self.slotCount, alignment: 64)
            .bindMemory(to: Slot.self, capacity: Self.slotCount)
        slots.initialize(repeating: Slot(), count: Self.slotCount)
    }

    deinit {
        slots.deinitialize(count: Self.slotCount)
        slots.deallocate()
        documentWords.deallocate()
    }

    /// Room for the look-ups of the `count` tokens of the next document, valid until the next call
    /// (its contents are left from earlier documents).
    func wordBuffer(count: Int) -> UnsafeMutableBufferPointer<WordInfo> {
        if documentWords.count < count {
            documentWords.deallocate()
            documentWords = .allocate(capacity: max(count, 2 * documentWords.count))
            documentWords.initialize(repeating: WordInfo())
        }
        return UnsafeMutableBufferPointer(rebasing: documentWords[..<count])
    }

    /// The gazetteer entity of a looked-up key, decoded once while it stays in the table.
    func entity(_ info: LexiconSet.Info, in lexicons: LexiconSet) -> GazetteerEntry? {
        guard let id = lexicons.entityID(info) else { return nil }
        let slot = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(id)) &* 0x9E37_79B9_7F4A_7C15) >> 52)
        if let cached = entities[slot], cached.id == id { return cached.entry }
        guard let entry = lexicons.entity(info) else { return nil }
        entities[slot] = (id, entry)
        return entry
    }

    /// The lemma a reference points at, read once while it stays in the table.
    func lemma(_ reference: LexiconSet.LemmaReference, in lexicons: LexiconSet) -> String? {
        guard reference.entry != 0 else { return nil }
        let key = UInt64(reference.lexicon) << 32 | UInt64(reference.entry)
        let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54)
        if let cached = lemmas[slot], cached.reference == reference { return cached.lemma }
        guard let lemma = lexicons.verbLemma(reference) else { return nil }
        lemmas[slot] = (reference, lemma)
        return lemma
    }

    /// A word's bytes as the cache compares them, and its pair of slots (-1 for words it does not keep).
    struct Key {
        fileprivate var head: UInt64 = 0
        fileprivate var tail: UInt64 = 0
        fileprivate var pair = -1
    }

    /// The key of the word at `range` of `text`: words of up to 15 bytes, the length in the top
    /// byte of `tail`.
    @inline(__always)
    func key(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Key {
        let count = range.count
        guard count < 16, count > 0 else { return Key() }
        var head: UInt64 = 0, tail: UInt64 = 0
        if range.lowerBound + 16 <= text.count {  // two loads, the bytes past the word masked off
            let start = UnsafeRawPointer(text.baseAddress! + range.lowerBound)
            head = UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
            tail = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            if count < 8 {
                head &= (1 << (8 * UInt64(count))) - 1
                tail = 0
            } else {
                tail &= (1 << (8 * UInt64(count - 8))) - 1
            }
        } else {
            for k in 0..<count {
                let byte = UInt64(text[range.lowerBound + k])
                if k < 8 { head |= byte << (8 * UInt64(k)) } else { tail |= byte << (8 * UInt64(k - 8)) }
            }
        }
        tail |= UInt64(count) << 56
        var mixed = head &* 0x9E37_79B9_7F4A_7C15 ^ tail &* 0xC2B2_AE3D_27D4_EB4F
        mixed ^= mixed >> 29
        mixed &*= 0x9E37_79B9_7F4A_7C15
        return Key(head: head, tail: tail, pair: Int(mixed >> 51) & ~1)
    }

    /// Starts bringing the key's pair of slots into the processor's cache, so that a look-up soon
    /// after does not wait for memory.
    @inline(__always)
    func prefetch(_ key: Key) {
        guard key.pair >= 0 else { return }
        graphtool_prefetch(slots + key.pair)
    }

    /// The remembered look-up of the word of `key`, or the result of `compute`, which is then remembered.
    @inline(__always)
    func lookup(_ key: Key, compute: () -> WordInfo) -> WordInfo {
        let pair = key.pair
        guard pair >= 0 else { return compute() }
        if slots[pair].head == key.head, slots[pair].tail == key.tail { return slots[pair].info }
        if slots[pair + 1].head == key.head, slots[pair + 1].tail == key.tail { return slots[pair + 1].info }
        let found = compute()
        // The newest word of the pair comes first; the older one there moves to second, and the oldest is dropped.
        slots[pair + 1] = slots[pair]
        slots[pair] = Slot(head: key.head, tail: key.tail, info: found)
        return found
    }
}

/// What the lexicons say about one word token, in 48 bytes.
struct WordInfo {
    /// Classes of the word as written and, for capitalized words, of its lowercase form.
    var classes: WordClass = []
    private var exactInfo = LexiconSet.Info()
    private var lowercaseInfo = LexiconSet.Info()
    /// Where the lemma is when the lowercase word is a verb form (``LexiconSet/verbLemma(_:)``).
    private(set) var verbLemma = LexiconSet.LemmaReference()
    private var flags: UInt8 = 0

    private static let hasExact: UInt8 = 1, hasLowercase: UInt8 = 2, startsPhrase: UInt8 = 4

    init() {}

    init(classes: WordClass, exact: LexiconSet.Info?, lowercase: LexiconSet.Info?, verbLemma: LexiconSet.LemmaReference,
         startsLowercasePhrase: Bool) {
        self.classes = classes
        if let exact { exactInfo = exact; flags |= Self.hasExact }
        if let lowercase { lowercaseInfo = lowercase; flags |= Self.hasLowercase }
        self.verbLemma = verbLemma
        if startsLowercasePhrase { flags |= Self.startsPhrase }
    }

    /// The look-up of the word as written.
    var exact: LexiconSet.Info? { flags & Self.hasExact != 0 ? exactInfo : nil }
    /// The look-up of the word in lowercase (``exact`` when it has no capital letter).
    var lowercase: LexiconSet.Info? { flags & Self.hasLowercase != 0 ? lowercaseInfo : nil }
    /// Longer phrases start with the lowercase form (`foreign` → `foreign minister`).
    var startsLowercasePhrase: Bool { flags & Self.startsPhrase != 0 }
}
