/// The layout of a compiled lexicon, shared by ``LexiconBuilder`` and ``Lexicon``.
///
/// All integers are little-endian. A header, then an open-addressing table of slots (entry index
/// plus one, 0 for empty), then fixed-size entries, then a string pool holding keys, canonical
/// names, targets (a demonym's country, a verb form's lemma), category names and the abbreviation list.
/// An entry's word classes are 64 bits: the low half at `Entry.classes`, the high half at `Entry.classesHigh`.
enum LexiconFormat {
    static let magic: UInt32 = 0x5854_4C47  // "GLTX"
    static let version: UInt32 = 4
    static let headerSize = 64
    static let entrySize = 40

    enum Header {
        static let magic = 0, version = 4, slotCount = 8, entryCount = 12, entriesOffset = 16
        static let stringsOffset = 20, stringsLength = 24, categoryCount = 28, categoriesOffset = 32
        static let maxTokens = 36, abbreviationsOffset = 40, abbreviationsLength = 44
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
