/// The co-mention counts some documents add, read from their postings (``DocumentEntities``)
/// one entity at a time: for every other entity a document names beside it, the document and
/// the sentences naming both. Nothing is gathered pair by pair. The postings are laid out flat
/// and indexed by entity; an entity named by one document has its counts read straight from
/// that document's postings (already in increasing id), and one named by several has them summed
/// in a table indexed by the entities' rank, so that only the distinct other ends are sorted.
/// The sentences naming both ends of a pair are counted on bit sets: each posting marks the
/// document's sentences that name its entity.
struct PostingPairs: CoMentionCounts {
    /// Each document's postings, one after the other: entity, rank among the entities, and
    /// where its bit set of sentences starts in `bits`.
    private var entities: [Int64] = []
    private var ranks: [Int32] = []
    private var bitStarts: [Int32] = []
    private var bits: [UInt64] = []
    /// Where each document's postings start in the flat lists, and one past the last document's.
    private var documentStarts: [Int32] = [0]
    /// The 64-bit words of each bit set of a document: one bit for each of its sentences that
    /// names an entity.
    private var documentWords: [Int32] = []
    /// Every posting's entity, flat position and document, by entity.
    private var index: [(entity: Int64, position: Int32, document: Int32)] = []
    /// The entity of each rank: the distinct entities, by increasing id.
    private var ranked: [Int64] = []

    init(_ postings: some Sequence<[DocumentEntities.Named]>) {
        var sentences: [UInt32] = []
        for named in postings {
            // The document's sentences that name an entity, once each, in order.
            sentences.removeAll(keepingCapacity: true)
            for entry in named { sentences.append(contentsOf: entry.sentences) }
            sentences.sort()
            sentences.removeSubrange(sentences.uniquePrefix()...)
            let words = (sentences.count + 63) / 64
            for entry in named {
                entities.append(entry.entity)
                bitStarts.append(Int32(bits.count))
                bits.append(contentsOf: repeatElement(0, count: words))
                var bit = 0
                for offset in entry.sentences {
                    // Both lists increase: the next bit is at or after the last.
                    while sentences[bit] != offset { bit += 1 }
                    bits[bits.count - words + bit / 64] |= 1 << UInt64(bit % 64)
                }
            }
            documentStarts.append(Int32(entities.count))
            documentWords.append(Int32(words))
        }
        ranks = Array(repeating: 0, count: entities.count)
        index.reserveCapacity(entities.count)
        for d in 0..<documentStarts.count - 1 {
            for p in documentStarts[d]..<documentStarts[d + 1] { index.append((entities[Int(p)], p, Int32(d))) }
        }
        index = index.stablySorted { $0.entity }
        for posting in index {
            if ranked.last != posting.entity { ranked.append(posting.entity) }
            ranks[Int(posting.position)] = Int32(ranked.count - 1)
        }
    }

    func forEachEntity(_ body: (Int64, [CoMentionEntry]) throws -> Void) rethrows {
        var entries: [CoMentionEntry] = []
        // Eight bytes a rank, to keep the table of a batch's entities in cache.
        var sums = [(sentences: Int32, documents: Int32)](repeating: (0, 0), count: ranked.count)
        var others: [Int32] = []
        // The ranks met, as bits: read in order, they list many other ends faster than a sort.
        var met = [UInt64](repeating: 0, count: (ranked.count + 63) / 64)
        var start = 0
        while start < index.count {
            let position = Int(index[start].position), entity = index[start].entity
            var end = start + 1
            while end < index.count, index[end].entity == entity { end += 1 }
            entries.removeAll(keepingCapacity: true)
            if end - start == 1 {
                forEachOther(in: Int(index[start].document), of: position) { other, shared in
                    entries.append(CoMentionEntry(other: entities[other], sentences: shared, documents: 1))
                }
            } else {
                for posting in index[start..<end] {
                    forEachOther(in: Int(posting.document), of: Int(posting.position)) { other, shared in
                        let rank = Int(ranks[other])
                        if sums[rank].documents == 0 {
                            others.append(ranks[other])
                            met[rank / 64] |= 1 << UInt64(rank % 64)
                        }
                        sums[rank].sentences += Int32(shared)
                        sums[rank].documents += 1
                    }
                }
                // Ranks follow entity ids.
                if others.count * 16 < met.count {
                    others.sort()
                } else {
                    others.removeAll(keepingCapacity: true)
                    for (w, word) in met.enumerated() where word != 0 {
                        var bits = word
                        while bits != 0 {
                            others.append(Int32(w * 64 + bits.trailingZeroBitCount))
                            bits &= bits - 1
                        }
                    }
                }
                for rank in others {
                    entries.append(CoMentionEntry(other: ranked[Int(rank)], sentences: Int(sums[Int(rank)].sentences), documents: Int(sums[Int(rank)].documents)))
                    sums[Int(rank)] = (0, 0)
                    met[Int(rank) / 64] = 0
                }
                others.removeAll(keepingCapacity: true)
            }
            if !entries.isEmpty { try body(entity, entries) }
            start = end
        }
    }

    /// Calls `body` with the flat position of every other posting of `document` than the one at
    /// `position`, in increasing entity id, and the number of sentences naming both.
    private func forEachOther(in document: Int, of position: Int, _ body: (Int, Int) -> Void) {
        let words = Int(documentWords[document]), own = Int(bitStarts[position])
        for other in Int(documentStarts[document])..<Int(documentStarts[document + 1]) where other != position {
            let start = Int(bitStarts[other])
            var shared = 0
            for word in 0..<words { shared += (bits[own + word] & bits[start + word]).nonzeroBitCount }
            body(other, shared)
        }
    }
}
