/// A compiled lexicon: gazetteer names and word classes, looked up by token sequences
/// straight from its bytes (memory-mapped when loaded from a file; nothing is parsed).
public struct Lexicon: Sendable {
    /// The result of looking up one key.
    public struct Entry: Sendable {
        /// Word classes of the key (empty when the key is only a prefix of longer names).
        public let classes: WordClass
        /// True when the key itself is in the lexicon, not only as the start of a longer name.
        public let isKey: Bool
        /// True when longer names start with this key.
        public let isPrefix: Bool
        let index: Int
    }

    private let storage: LexiconStorage
    /// The storage's bytes, read directly on the hot path (``storage`` keeps them alive).
    nonisolated(unsafe) private let base: UnsafeRawPointer
    private let slotMask: Int
    private let entriesOffset: Int
    private let stringsOffset: Int
    private let filterOffset: Int
    private let filterLog2: Int
    /// The most tokens any key has.
    public let maxTokens: Int
    /// Category names (`city`), read once so that mentions share them.
    private let categories: [String]

    /// Reads compiled bytes; throws if they are not a lexicon of this version.
    init(storage: LexiconStorage) throws(LexiconError) {
        guard storage.count >= LexiconFormat.headerSize,
              storage.u32(LexiconFormat.Header.magic) == LexiconFormat.magic,
              storage.u32(LexiconFormat.Header.version) == LexiconFormat.version else {
            throw .corruptCompiledLexicon
        }
        self.storage = storage
        base = storage.base
        slotMask = Int(storage.u32(LexiconFormat.Header.slotCount)) - 1
        entriesOffset = Int(storage.u32(LexiconFormat.Header.entriesOffset))
        stringsOffset = Int(storage.u32(LexiconFormat.Header.stringsOffset))
        filterOffset = Int(storage.u32(LexiconFormat.Header.filterOffset))
        filterLog2 = Int(storage.u32(LexiconFormat.Header.filterLog2))
        guard (3...40).contains(filterLog2), filterOffset + 1 << (filterLog2 - 3) <= storage.count else {
            throw .corruptCompiledLexicon
        }
        maxTokens = Int(storage.u32(LexiconFormat.Header.maxTokens))
        let categoriesOffset = Int(storage.u32(LexiconFormat.Header.categoriesOffset))
        let stringsOffset = self.stringsOffset
        categories = (0..<Int(storage.u32(LexiconFormat.Header.categoryCount))).map { index in
            let offset = categoriesOffset + index * 8
            return storage.string(stringsOffset + Int(storage.u32(offset)), Int(storage.u32(offset + 4)))
        }
    }

    /// A lexicon over compiled bytes held in memory.
    public init(compiled bytes: [UInt8]) throws(LexiconError) {
        try self.init(storage: LexiconStorage(bytes: bytes))
    }

    /// Looks up a key given as bytes.
    @inline(__always)
    public func entry(forKey key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Entry? {
        let bit = LexiconFormat.filterBit(hash, log2: filterLog2)
        guard base.load(fromByteOffset: filterOffset + bit >> 3, as: UInt8.self) & (1 << UInt8(bit & 7)) != 0 else { return nil }
        var slot = Int(truncatingIfNeeded: hash) & slotMask
        let tag = LexiconFormat.tag(hash)
        while true {
            let packed = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: LexiconFormat.headerSize + slot * LexiconFormat.slotSize, as: UInt64.self))
            let stored = Int(truncatingIfNeeded: packed & 0xFFFF_FFFF)
            if stored == 0 { return nil }
            let e = entriesOffset + (stored - 1) * LexiconFormat.entrySize
            if UInt32(truncatingIfNeeded: packed >> 32) == tag,
               UInt64(littleEndian: base.loadUnaligned(fromByteOffset: e, as: UInt64.self)) == hash, matches(key, at: e) {
                let flags = base.load(fromByteOffset: e + LexiconFormat.Entry.flags, as: UInt8.self)
                let low = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: e + LexiconFormat.Entry.classes, as: UInt32.self))
                let high = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: e + LexiconFormat.Entry.classesHigh, as: UInt32.self))
                return Entry(classes: WordClass(rawValue: UInt64(high) << 32 | UInt64(low)),
                             isKey: flags & LexiconFormat.Flag.isKey != 0,
                             isPrefix: flags & LexiconFormat.Flag.isPrefix != 0,
                             index: stored - 1)
            }
            slot = (slot + 1) & slotMask
        }
    }

    /// Looks up a key given as a string.
    public func entry(forKey key: String) -> Entry? {
        var key = key
        return key.withUTF8 { entry(forKey: $0, hash: LexiconKey.hash($0)) }
    }

    @inline(__always)
    private func matches(_ key: UnsafeBufferPointer<UInt8>, at e: Int) -> Bool {
        let length = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: e + LexiconFormat.Entry.keyLength, as: UInt32.self)))
        guard length == key.count else { return false }
        let offset = stringsOffset + Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: e + LexiconFormat.Entry.keyOffset, as: UInt32.self)))
        let stored = base + offset
        for k in 0..<length where stored.load(fromByteOffset: k, as: UInt8.self) != key[k] { return false }
        return true
    }

    /// The gazetteer entity of an entry, if it has one.
    public func gazetteerEntry(_ entry: Entry) -> GazetteerEntry? { gazetteerEntry(at: entry.index) }

    /// The gazetteer entity of the entry at `index`, if it has one.
    func gazetteerEntry(at index: Int) -> GazetteerEntry? {
        let e = entriesOffset + index * LexiconFormat.entrySize
        let type = Int(storage.u8(e + LexiconFormat.Entry.type))
        guard type > 0 else { return nil }
        let canonical = storage.string(stringsOffset + Int(storage.u32(e + LexiconFormat.Entry.canonicalOffset)),
                                       Int(storage.u16(e + LexiconFormat.Entry.canonicalLength)))
        let category = categories[Int(storage.u8(e + LexiconFormat.Entry.category))]
        return GazetteerEntry(type: LexiconFormat.types[type - 1], canonical: canonical, category: category,
                              isWeak: storage.u8(e + LexiconFormat.Entry.flags) & LexiconFormat.Flag.isWeak != 0)
    }

    /// True when the entry carries a gazetteer entity (cheaper than ``gazetteerEntry(_:)``).
    public func hasEntity(_ entry: Entry) -> Bool {
        storage.u8(entriesOffset + entry.index * LexiconFormat.entrySize + LexiconFormat.Entry.type) > 0
    }

    /// The country a demonym entry refers to.
    public func demonymCountry(_ entry: Entry) -> String? {
        entry.classes.contains(.demonym) ? target(entry) : nil
    }

    /// What an entry points at: a demonym's country, a verb form's lemma.
    public func target(_ entry: Entry) -> String? { target(at: entry.index) }

    /// What the entry at `index` points at.
    func target(at index: Int) -> String? {
        let e = entriesOffset + index * LexiconFormat.entrySize
        let length = Int(storage.u16(e + LexiconFormat.Entry.targetLength))
        guard length > 0 else { return nil }
        return storage.string(stringsOffset + Int(storage.u32(e + LexiconFormat.Entry.targetOffset)), length)
    }

    /// The words that take an abbreviation period, for the tokenizer.
    public var abbreviations: [String] {
        let text = storage.string(stringsOffset + Int(storage.u32(LexiconFormat.Header.abbreviationsOffset)),
                                  Int(storage.u32(LexiconFormat.Header.abbreviationsLength)))
        return text.split(separator: "\n").map(String.init)
    }
}
