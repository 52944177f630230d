import Foundation
import GRDB

/// The entities each document names and the sentences it names them in: one row of
/// `document_entities` per document, the document's postings. Co-mention counts over any set of
/// documents are read from them (``CoMentionWindow``), and removal takes out what they list.
///
/// Packed per entity, in increasing id order: the gap to the previous id, the number of its
/// sentences, and the gaps between their start offsets (the first from 0), all varints.
package struct DocumentEntities {
    let db: Database

    /// One entity of a document with the start offsets of the sentences naming it, increasing.
    package struct Named: Equatable {
        package var entity: Int64
        package var sentences: [UInt32]

        package init(entity: Int64, sentences: [UInt32]) {
            self.entity = entity
            self.sentences = sentences
        }
    }

    package static func pack(_ named: [Named]) -> [UInt8] {
        var bytes: [UInt8] = []
        var previous: Int64 = 0
        for entry in named {
            Varint.append(UInt64(entry.entity - previous), to: &bytes)
            Varint.append(UInt64(entry.sentences.count), to: &bytes)
            var start: UInt32 = 0
            for sentence in entry.sentences {
                Varint.append(UInt64(sentence - start), to: &bytes)
                start = sentence
            }
            previous = entry.entity
        }
        return bytes
    }

    package static func unpack(_ data: Data) -> [Named] {
        data.withUnsafeBytes { bytes in
            var named: [Named] = []
            var at = 0
            var entity: Int64 = 0
            while at < bytes.count {
                entity += Int64(Varint.read(bytes, at: &at))
                let count = Int(Varint.read(bytes, at: &at))
                var sentences: [UInt32] = []
                sentences.reserveCapacity(count)
                var start: UInt32 = 0
                for _ in 0..<count {
                    start += UInt32(truncatingIfNeeded: Varint.read(bytes, at: &at))
                    sentences.append(start)
                }
                named.append(Named(entity: entity, sentences: sentences))
            }
            return named
        }
    }

    /// Stores the postings of document `doc` (`named` in increasing entity order).
    func write(_ doc: Int64, _ named: [Named]) throws {
        try BoundStatement(db, sql: "INSERT OR REPLACE INTO document_entities (doc_id, entities) VALUES (?, ?)")
            .run(doc, SQLiteBlob(elements: Self.pack(named)))
    }

    /// The postings of each of `docs` that has them, by document.
    func read(_ docs: some Collection<Int64>) throws -> [Int64: [Named]] {
        try DocumentRows.read(db, "entities", of: "document_entities", for: docs, decode: Self.unpack)
    }

    /// Entity `from` becomes `into` in the postings of `docs` (its sentences joined to those of
    /// `into` where the document names both).
    func rename(_ from: Int64, into: Int64, in docs: some Collection<Int64>) throws {
        for (doc, named) in try read(docs) {
            guard let renamed = Self.renaming(from, into: into, in: named) else { continue }
            try write(doc, renamed)
        }
    }

    /// The postings `named` with entity `from` become `into`; nil when they do not name `from`.
    package static func renaming(_ from: Int64, into: Int64, in named: [Named]) -> [Named]? {
        guard let old = named.firstIndex(where: { $0.entity == from }) else { return nil }
        var renamed = named
        let moved = renamed.remove(at: old)
        if let kept = renamed.firstIndex(where: { $0.entity == into }) {
            renamed[kept].sentences = Array(Set(renamed[kept].sentences).union(moved.sentences)).sorted()
        } else {
            renamed.append(Named(entity: into, sentences: moved.sentences))
            renamed.sort { $0.entity < $1.entity }
        }
        return renamed
    }

    /// The co-mention edges of `entity` that the documents with `postings` give: for every other
    /// entity one of them names with it, the sentences naming both and the documents, by
    /// increasing id of the other entity.
    package static func coMentions(of entity: Int64, in postings: some Sequence<[Named]>) -> [(other: Int64, sentences: Int, documents: Int)] {
        var counts: [Int64: (sentences: Int, documents: Int)] = [:]
        for named in postings {
            guard let own = named.first(where: { $0.entity == entity }) else { continue }
            for other in named where other.entity != entity {
                counts[other.entity, default: (0, 0)].sentences += shared(own.sentences, other.sentences)
                counts[other.entity, default: (0, 0)].documents += 1
            }
        }
        return counts.map { ($0.key, $0.value.sentences, $0.value.documents) }.sorted { $0.other < $1.other }
    }

    /// The number of sentences in both increasing lists.
    static func shared<C: RandomAccessCollection<UInt32>>(_ a: C, _ b: C) -> Int where C.Index == Int {
        var i = a.startIndex, j = b.startIndex, count = 0
        while i < a.endIndex, j < b.endIndex {
            if a[i] < b[j] { i += 1 } else if b[j] < a[i] { j += 1 } else { count += 1; i += 1; j += 1 }
        }
        return count
    }
}
