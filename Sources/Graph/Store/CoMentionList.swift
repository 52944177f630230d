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
            Varint.append(UInt64(entry.other - previous), to: &bytes)
            Varint.append(Varint.zigzag(entry.sentences), to: &bytes)
            Varint.append(Varint.zigzag(entry.documents), to: &bytes)
            previous = entry.other
        }
        return bytes
    }

    /// Appends the entries packed in `bytes` to `entries`.
    static func unpack(_ bytes: UnsafeRawBufferPointer, into entries: inout [CoMentionEntry]) {
        var at = 0
        var other: Int64 = 0
        while at < bytes.count {
            other += Int64(Varint.read(bytes, at: &at))
            let sentences = Varint.unzigzag(Varint.read(bytes, at: &at))
            let documents = Varint.unzigzag(Varint.read(bytes, at: &at))
            entries.append(CoMentionEntry(other: other, sentences: sentences, documents: documents))
        }
    }

    /// One list from sorted lists: the counts of the same `other` summed, entries that sum to
    /// nothing dropped. When the lists are `complete` (every run of the entity), entries left
    /// without a document are dropped too; else negative counts stay, to cancel those of runs
    /// not merged.
    /// - Complexity: O(n · k) for k lists of n entries in all.
    static func merge(_ lists: [[CoMentionEntry]], complete: Bool) -> [CoMentionEntry] {
        guard var merged = lists.first else { return [] }
        for list in lists.dropFirst() { merged = merge(merged, list) }
        if complete { merged.removeAll { $0.documents <= 0 } }
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
}
