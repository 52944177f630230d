import Foundation

/// One action edge seen from one end: its id in `edges`, the entity at the other end, whether
/// the edge starts at this end, and the sentences and documents that state it (or, in a run of
/// changes, what to add to them).
///
/// An entity's entries are packed in increasing ``edge`` (``ActionRuns``): per entry, the gap to
/// the previous edge id as a varint, the other end's id shifted left once with the direction in
/// the low bit, then the sentences and the documents as zigzag varints.
struct ActionEntry: Equatable, Sendable, RunEntry {
    var edge: Int64
    var other: Int64
    var outgoing: Bool
    var sentences: Int
    var documents: Int
    var key: Int64 { edge }

    static var table: String { "action_runs" }
    static var column: String { "actions" }

    static func pack(_ entries: some Collection<ActionEntry>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entries.count * 7)
        var previous: Int64 = 0
        for entry in entries {
            Varint.append(UInt64(entry.edge - previous), to: &bytes)
            Varint.append(UInt64(entry.other) << 1 | (entry.outgoing ? 1 : 0), to: &bytes)
            Varint.append(Varint.zigzag(entry.sentences), to: &bytes)
            Varint.append(Varint.zigzag(entry.documents), to: &bytes)
            previous = entry.edge
        }
        return bytes
    }

    static func unpack(_ bytes: UnsafeRawBufferPointer, into entries: inout [ActionEntry]) {
        var at = 0
        var edge: Int64 = 0
        while at < bytes.count {
            edge += Int64(Varint.read(bytes, at: &at))
            let end = Varint.read(bytes, at: &at)
            let sentences = Varint.unzigzag(Varint.read(bytes, at: &at))
            let documents = Varint.unzigzag(Varint.read(bytes, at: &at))
            entries.append(ActionEntry(edge: edge, other: Int64(end >> 1), outgoing: end & 1 == 1, sentences: sentences, documents: documents))
        }
    }
}
