import Foundation
import NER

/// A generated graph for benchmarks (`graphtool generate-store`), the same for every store:
/// `entities` entities named `Entity N`, `documents` documents of 16 short sentences, and
/// sentences that each name three entities (the first drawn skewed, so that some entities are
/// hubs), until there are at least `mentions` mentions and `edges` co-mention edges. Each pair
/// named in a sentence is a co-mention edge with that sentence as evidence, as ingest would store
/// it; unlike ingest, pairs named only in one document get no edge, and an edge counts a document
/// once for each sentence. Every document is dated ``date``.
package struct SyntheticGraph {
    /// One entity named in one document: how often, and the packed spans of those mentions.
    package struct Mention {
        package var entity: Int64
        package var doc: Int64
        package var count: Int
        package var spans: [Int]
    }

    package static let date = "2022-03-03"
    package let entities: Int
    package let documents: Int
    /// The text of every document.
    package let text: [UInt8]
    /// The entities each document names, with their mentions, by entity then document.
    package private(set) var mentions: [Mention] = []
    /// Each document's postings, by document.
    package private(set) var postings: [Int64: [DocumentEntities.Named]] = [:]
    /// The co-mention counts of the pairs named in a sentence.
    private(set) var pairs = PairCounts()

    /// Draws the graph, the same one for the same arguments.
    package init(entities: Int, documents: Int, mentions: Int, edges: Int, seed: UInt64 = 1) {
        self.entities = entities
        self.documents = documents
        var rng = seed
        func next(_ n: Int) -> Int {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            return Int((rng >> 33) % UInt64(n))
        }
        func skewed(_ n: Int) -> Int { min(n - 1, Int(Double(n) * pow(Double(next(1 << 20)) / Double(1 << 20), 2))) }
        let sentence = "Entity one and entity two were named together in this sentence. "
        text = Array(String(repeating: sentence, count: 16).utf8)
        let sentenceBytes = sentence.utf8.count - 1
        var named: [Int64: [Int64: Mention]] = [:]
        var sentences: [Int64: [Int64: Set<UInt32>]] = [:]
        var distinct = Set<Int64>(), count = 0
        while distinct.count < edges || count < mentions {
            let d = Int64(next(documents) + 1), s = next(16) * (sentenceBytes + 1)
            let ids = Set([skewed(entities) + 1] + (0..<2).map { _ in next(entities) + 1 }).map(Int64.init).sorted()
            for e in ids {
                named[e, default: [:]][d, default: Mention(entity: e, doc: d, count: 0, spans: [])].count += 1
                named[e]![d]!.spans += [s + 7, s + 10, s, s + sentenceBytes]
                sentences[d, default: [:]][e, default: []].insert(UInt32(s))
            }
            count += ids.count
            for (i, a) in ids.enumerated() {
                for b in ids[(i + 1)...] {
                    pairs.add(a, b, sentences: 1, documents: 1)
                    distinct.insert(CoMentionID.of(a, b))
                }
            }
        }
        self.mentions = named.sorted { $0.key < $1.key }.flatMap { $0.value.sorted { $0.key < $1.key }.map(\.value) }
        postings = sentences.mapValues { named in
            named.sorted { $0.key < $1.key }.map { DocumentEntities.Named(entity: $0.key, sentences: $0.value.sorted()) }
        }
    }

    /// The name of entity `id`.
    package static func name(_ id: Int) -> String { "Entity \(id)" }

    /// The type of entity `id`: the four types in turn.
    package static func type(_ id: Int) -> EntityType { [.person, .place, .organization, .company][id % 4] }

    /// Each co-mention edge from each of its ends.
    package var coMentionRows: [CoMentionPairs.Row] {
        CoMentionPairs.rows(of: pairs)
    }
}
