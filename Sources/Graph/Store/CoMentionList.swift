import Foundation

/// One co-mention edge seen from one end: the entity at the other end, the sentences naming
/// both and the documents naming both (or, in a run of changes, what to add to them).
struct CoMentionEntry: Equatable, Sendable {
    var other: Int64
    var sentences: Int
    var documents: Int
    var weight: Int { sentences + documents }
}

/// An entity's co-mention entries in increasing order of ``CoMentionEntry/other``, and their
/// packed form in the store: per entry, the gap to the previous `other` as a varint, then the
/// sentences and the documents as zigzag varints (a run that takes documents out holds negative
/// counts). Three to five bytes an entry where a table row takes about thirteen.
enum CoMentionList {
    /// The packed bytes of `entries` (increasing `other`).
    static func pack(_ entries: some Collection<CoMentionEntry>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 4)
        var previous: Int64 = 0
        for entry in entries {
            putVarint(UInt64(entry.other - previous), into: &bytes)
            putVarint(zigzag(entry.sentences), into: &bytes)
            putVarint(zigzag(entry.documents), into: &bytes)
            previous = entry.other
        }
        return bytes
    }

    /// Appends the entries packed in `bytes` to `entries`.
    static func unpack(_ bytes: UnsafeRawBufferPointer, into entries: inout [CoMentionEntry]) {
        var at = 0
        var other: Int64 = 0
        while at < bytes.count {
            other += Int64(varint(bytes, &at))
            let sentences = unzigzag(varint(bytes, &at))
            let documents = unzigzag(varint(bytes, &at))
            entries.append(CoMentionEntry(other: other, sentences: sentences, documents: documents))
        }
    }

    /// One list from sorted lists: the counts of the same `other` summed, entries left without a
    /// document dropped.
    /// - Complexity: O(n · k) for k lists of n entries in all.
    static func merge(_ lists: [[CoMentionEntry]]) -> [CoMentionEntry] {
        guard var merged = lists.first else { return [] }
        for list in lists.dropFirst() { merged = merge(merged, list) }
        merged.removeAll { $0.documents <= 0 }
        return merged
    }

    private static func merge(_ a: [CoMentionEntry], _ b: [CoMentionEntry]) -> [CoMentionEntry] {
        var merged: [CoMentionEntry] = []
        merged.reserveCapacity(max(a.count, b.count))
        var i = 0, j = 0
        // Negative sums are kept until the end: a later list may add to them.
        func keep(_ entry: CoMentionEntry) { if entry.documents != 0 || entry.sentences != 0 { merged.append(entry) } }
        while i < a.count, j < b.count {
            if a[i].other < b[j].other { keep(a[i]); i += 1 } else if b[j].other < a[i].other { keep(b[j]); j += 1 } else {
                keep(CoMentionEntry(other: a[i].other, sentences: a[i].sentences + b[j].sentences, documents: a[i].documents + b[j].documents))
                i += 1; j += 1
            }
        }
        while i < a.count { keep(a[i]); i += 1 }
        while j < b.count { keep(b[j]); j += 1 }
        return merged
    }

    private static func zigzag(_ value: Int) -> UInt64 { UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63) }
    private static func unzigzag(_ value: UInt64) -> Int { Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)) }

    private static func putVarint(_ value: UInt64, into bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func varint(_ bytes: UnsafeRawBufferPointer, _ at: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return value
    }
}
