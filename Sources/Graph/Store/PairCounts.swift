/// Sentence and document counts per co-mention pair, gathered from each end: a document adds a
/// count for every pair of its entities, so this is the hottest structure of ingest. Each entity
/// keeps a list of its counts in the order they come, sorted and summed by the other end only
/// when read: in a collection whose documents name different entities nearly every pair is new,
/// and a table keyed by pair would cost a cache miss for each.
struct PairCounts {
    /// A count from one end, in 16 bytes: a batch holds millions.
    private struct Count {
        var other: Int64
        var sentences: Int32
        var documents: Int32
    }

    private var position: [Int64: Int] = [:]
    private var lists: [[Count]] = []

    /// Adds to the counts of the pair `a`, `b`, at both ends.
    mutating func add(_ a: Int64, _ b: Int64, sentences: Int = 0, documents: Int = 0) {
        lists[list(of: a)].append(Count(other: b, sentences: Int32(sentences), documents: Int32(documents)))
        lists[list(of: b)].append(Count(other: a, sentences: Int32(sentences), documents: Int32(documents)))
    }

    /// Adds the pairs of one document's entities (its postings): the document, and the sentences
    /// naming both. Each entity's list is found once for the document, not once for each pair.
    mutating func add(document named: [DocumentEntities.Named]) {
        let slots = named.map { list(of: $0.entity) }
        for i in named.indices {
            for j in named.indices.dropFirst(i + 1) {
                let shared = Int32(DocumentEntities.shared(named[i].sentences, named[j].sentences))
                lists[slots[i]].append(Count(other: named[j].entity, sentences: shared, documents: 1))
                lists[slots[j]].append(Count(other: named[i].entity, sentences: shared, documents: 1))
            }
        }
    }

    /// Each entity with a pair, in increasing id, with its entries summed by the other end, in
    /// increasing id of that end: as ``CoMentionRuns`` writes them.
    func forEachEntity(_ body: (Int64, [CoMentionEntry]) throws -> Void) rethrows {
        for (entity, i) in position.sorted(by: { $0.key < $1.key }) {
            var entries: [CoMentionEntry] = []
            for count in lists[i].sorted(by: { $0.other < $1.other }) {
                if entries.last?.other == count.other {
                    entries[entries.count - 1].sentences += Int(count.sentences)
                    entries[entries.count - 1].documents += Int(count.documents)
                } else {
                    entries.append(CoMentionEntry(other: count.other, sentences: Int(count.sentences), documents: Int(count.documents)))
                }
            }
            try body(entity, entries)
        }
    }

    private mutating func list(of entity: Int64) -> Int {
        if let i = position[entity] { return i }
        position[entity] = lists.count
        lists.append([])
        return lists.count - 1
    }
}
