import Foundation

/// One co-mention edge seen from one end: the entity at the other end, the sentences naming
/// both and the documents naming both (or, in a run of changes, what to add to them).
///
/// An entity's entries are packed in increasing ``other`` (``CoMentionRuns``): per entry, the
/// gap to the previous `other` as a varint, then the sentences and the documents as zigzag
/// varints (a run that takes documents out holds negative counts). Three to five bytes an entry
/// where a table row takes about thirteen.
struct CoMentionEntry: Equatable, Sendable, RunEntry {
    var other: Int64
    var sentences: Int
    var documents: Int
    var key: Int64 { other }

    static var table: String { "co_mention_runs" }
    static var column: String { "others" }

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
}
