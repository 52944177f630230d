/// The layout of a compiled lexicon, shared by ``LexiconBuilder`` and ``Lexicon``.
///
/// All integers are little-endian. A header, then an open-addressing table of slots (entry index
/// plus one, 0 for empty, and the high half of the key's hash, so that a probe that misses reads
/// the table only, not the entries), then fixed-size entries, the category table, a one-bit-per-key
/// filter (``filterBit(_:log2:)``) that answers most look-ups of absent keys from a few hundred
/// kilobytes instead of the large slot table, then a string pool holding keys, canonical
/// names, targets (a demonym's country, a verb form's lemma), category names and the abbreviation list.
/// An entry's word classes are 64 bits: the low half at `Entry.classes`, the high half at `Entry.classesHigh`.
enum LexiconFormat {
    static let magic: UInt32 = 0x5854_4C47  // "GLTX"
    static let version: UInt32 = 5
    static let headerSize = 64
    static let slotSize = 8
    static let entrySize = 40

    /// The part of a key's hash kept in its slot.
    @inline(__always)
    static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    enum Header {
        static let magic = 0, version = 4, slotCount = 8, entryCount = 12, entriesOffset = 16
        static let stringsOffset = 20, stringsLength = 24, categoryCount = 28, categoriesOffset = 32
        static let maxTokens = 36, abbreviationsOffset = 40, abbreviationsLength = 44
        static let filterOffset = 48, filterLog2 = 52
    }

    /// The filter's bit for a key's hash, for a filter of 2^`log2` bits.
    @inline(__always)
    static func filterBit(_ hash: UInt64, log2: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - log2))
    }

    /// The filter size, as a power of two: about sixteen bits per key (a 1-in-16 chance that an
    /// absent key passes), at least 2^10.
    static func filterLog2(keys: Int) -> Int {
        var log2 = 10
        while 1 << log2 < keys * 16 { log2 += 1 }
        return log2
    }

    enum Entry {
        static let hash = 0, keyOffset = 8, keyLength = 12, classes = 16, canonicalOffset = 20
        static let targetOffset = 24, canonicalLength = 28, targetLength = 30, type = 32, category = 33
        static let flags = 34, classesHigh = 36
    }

    enum Flag {
        static let isKey: UInt8 = 1, isPrefix: UInt8 = 2, isWeak: UInt8 = 4
    }

    static let types: [EntityType] = [.person, .place, .organization, .company]
}
