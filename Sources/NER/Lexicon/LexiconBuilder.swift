/// Compiles ``LexiconRecord``s into the binary form that ``Lexicon`` reads without parsing.
///
/// Records with the same key merge: word classes add up and the first record's entity wins,
/// so callers list sources in order of precedence. Every proper prefix of a multi-token key is
/// stored too, marked as a prefix, so that a lookup can stop as soon as no longer name can match.
public struct LexiconBuilder: Sendable {
    private let tokenizer: Tokenizer
    private let abbreviations: [String]

    /// - Parameter abbreviations: lowercased words that take a period (`mr`, `feb`); they shape
    ///   tokenizing at build time and are stored for the runtime tokenizer.
    public init(abbreviations: [String]) {
        self.abbreviations = abbreviations.sorted()
        self.tokenizer = Tokenizer(abbreviations: Set(abbreviations))
    }

    private struct Merged {
        var classes: WordClass = []
        var entity: GazetteerEntry?
        var target: String?
        var isKey = false
        var isPrefix = false
    }

    /// The compiled bytes.
    ///
    /// - Complexity: O(n) in the total length of the records.
    public func build(_ records: [LexiconRecord]) -> [UInt8] {
        var merged: [String: Merged] = [:]
        var order: [String] = []
        var maxTokens = 1
        for record in records where !record.key.isEmpty {
            let keys = prefixKeys(record.key)
            maxTokens = max(maxTokens, keys.count)
            for (n, key) in keys.enumerated() {
                if merged[key] == nil { order.append(key); merged[key] = Merged() }
                if n == keys.count - 1 {
                    merged[key]!.isKey = true
                    merged[key]!.classes.formUnion(record.classes)
                    if merged[key]!.entity == nil { merged[key]!.entity = record.entity }
                    if merged[key]!.target == nil { merged[key]!.target = record.target }
                } else {
                    merged[key]!.isPrefix = true
                }
            }
        }
        var writer = ByteWriter()
        var pool = StringPool()
        var categories: [String] = []
        var categoryIndex: [String: UInt8] = [:]
        for key in order {
            if let category = merged[key]!.entity?.category, categoryIndex[category] == nil {
                categoryIndex[category] = UInt8(truncatingIfNeeded: categories.count)
                categories.append(category)
            }
        }
        var slotCount = 1024
        while slotCount < order.count * 2 { slotCount <<= 1 }
        var slots = [UInt32](repeating: 0, count: slotCount)
        var tags = [UInt32](repeating: 0, count: slotCount)
        let filterLog2 = LexiconFormat.filterLog2(keys: order.count)
        var filter = [UInt8](repeating: 0, count: 1 << (filterLog2 - 3))
        var entries = ByteWriter()
        for (index, key) in order.enumerated() {
            let m = merged[key]!
            let hash = LexiconKey.hash(key.utf8)
            var slot = Int(hash & UInt64(slotCount - 1))
            while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = UInt32(index + 1)
            tags[slot] = LexiconFormat.tag(hash)
            let bit = LexiconFormat.filterBit(hash, log2: filterLog2)
            filter[bit >> 3] |= 1 << UInt8(bit & 7)
            let keyRef = pool.add(key)
            let canonicalRef = pool.add(m.entity?.canonical ?? "")
            let targetRef = pool.add(m.target ?? "")
            entries.u64(hash)
            entries.u32(keyRef.offset); entries.u32(keyRef.length)
            entries.u32(UInt32(truncatingIfNeeded: m.classes.rawValue))
            entries.u32(canonicalRef.offset); entries.u32(targetRef.offset)
            entries.u16(UInt16(canonicalRef.length)); entries.u16(UInt16(targetRef.length))
            entries.u8(m.entity.map { UInt8(LexiconFormat.types.firstIndex(of: $0.type)! + 1) } ?? 0)
            entries.u8(m.entity.flatMap { categoryIndex[$0.category] } ?? 0)
            var flags: UInt8 = 0
            if m.isKey { flags |= LexiconFormat.Flag.isKey }
            if m.isPrefix { flags |= LexiconFormat.Flag.isPrefix }
            if m.entity?.isWeak == true { flags |= LexiconFormat.Flag.isWeak }
            entries.u8(flags)
            entries.pad(to: index * LexiconFormat.entrySize + LexiconFormat.Entry.classesHigh)
            entries.u32(UInt32(truncatingIfNeeded: m.classes.rawValue >> 32))
        }
        let categoryRefs = categories.map { pool.add($0) }
        let abbreviationRef = pool.add(abbreviations.joined(separator: "\n"))

        let slotsOffset = LexiconFormat.headerSize
        let entriesOffset = slotsOffset + slotCount * LexiconFormat.slotSize
        let categoriesOffset = entriesOffset + entries.bytes.count
        let filterOffset = categoriesOffset + categoryRefs.count * 8
        let stringsOffset = filterOffset + filter.count
        writer.u32(LexiconFormat.magic)
        writer.u32(LexiconFormat.version)
        writer.u32(UInt32(slotCount))
        writer.u32(UInt32(order.count))
        writer.u32(UInt32(entriesOffset))
        writer.u32(UInt32(stringsOffset))
        writer.u32(UInt32(pool.bytes.count))
        writer.u32(UInt32(categoryRefs.count))
        writer.u32(UInt32(categoriesOffset))
        writer.u32(UInt32(maxTokens))
        writer.u32(abbreviationRef.offset)
        writer.u32(abbreviationRef.length)
        writer.u32(UInt32(filterOffset))
        writer.u32(UInt32(filterLog2))
        writer.pad(to: LexiconFormat.headerSize)
        for (slot, tag) in zip(slots, tags) { writer.u32(slot); writer.u32(tag) }
        writer.bytes.append(contentsOf: entries.bytes)
        for ref in categoryRefs { writer.u32(ref.offset); writer.u32(ref.length) }
        writer.bytes.append(contentsOf: filter)
        writer.bytes.append(contentsOf: pool.bytes)
        return writer.bytes
    }

    /// The key itself and the keys of its proper token prefixes, shortest first.
    private func prefixKeys(_ key: String) -> [String] {
        let bytes = Array(key.utf8)
        let tokens = tokenizer.tokenize(bytes)
        guard tokens.count > 1 else { return [key] }
        var keys: [String] = []
        var builder = LexiconKey()
        bytes.withUnsafeBufferPointer { source in
            for token in tokens {
                builder.append(token, from: source, casing: .asWritten)
                keys.append(String(decoding: builder.bytes, as: UTF8.self))
            }
        }
        return keys
    }
}

/// Little-endian byte output.
struct ByteWriter {
    var bytes: [UInt8] = []
    mutating func u8(_ v: UInt8) { bytes.append(v) }
    mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func pad(to size: Int) { while bytes.count < size { bytes.append(0) } }
}

/// Deduplicated UTF-8 strings, addressed by offset and length.
struct StringPool {
    var bytes: [UInt8] = []
    private var offsets: [String: UInt32] = [:]

    mutating func add(_ s: String) -> (offset: UInt32, length: UInt32) {
        let length = UInt32(s.utf8.count)
        if let offset = offsets[s] { return (offset, length) }
        let offset = UInt32(bytes.count)
        bytes.append(contentsOf: s.utf8)
        offsets[s] = offset
        return (offset, length)
    }
}
