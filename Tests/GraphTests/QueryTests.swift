import Foundation
import Graph
import NER
import Testing
import TestSupport

@Suite("queries")
struct QueryTests {
    @Test("lookup ignores case and diacritics, then tries prefixes and near spellings", arguments: StoreBackend.allCases)
    func fuzzyLookup(_ backend: StoreBackend) throws {
        let store = try backend.store()
        try store.add(try GraphFixtures.seeds())
        for name in ["Zelenskiy", "zelensky", "ZELENSKYY", "Volodymyr Zelensky"] {
            #expect(try GraphFixtures.entity(name, in: store)?.name == "Volodymyr Zelensky", "\(name)")
        }
        let kyiv = try #require(try GraphFixtures.entity("Kyiv", in: store))
        #expect(try store.lookup("Kiev", type: nil, knownAs: { $0 == "Kiev" ? "Kyiv" : nil }) == .found(kyiv))
        guard case .notFound(let suggestions) = try store.lookup("Belarsu", type: nil, knownAs: { _ in nil }) else { Issue.record("Belarsu should not be found"); return }
        #expect(suggestions.first?.name == "Belarus")
    }

    @Test("stored co-mention counts agree with the recognizer's mentions on the sample corpus", arguments: StoreBackend.allCases)
    func agreesWithRecognizer(_ backend: StoreBackend) throws {
        let store = try backend.store()
        let documents = try GraphFixtures.seeds()
        try store.add(documents)
        let resolved = EntityResolver().resolve(documents.map(\.analysis)).documents
        var expected: [String: (sentences: Int, documents: Int)] = [:]
        for document in resolved {
            let names = Set(document.mentions.map(\.entity))
            for other in names where other != "Volodymyr Zelensky" && names.contains("Volodymyr Zelensky") { expected[other, default: (0, 0)].documents += 1 }
            for sentence in Set(document.mentions.map(\.sentence)) {
                let named = Set(document.mentions.filter { $0.sentence == sentence }.map(\.entity))
                guard named.contains("Volodymyr Zelensky") else { continue }
                for other in named where other != "Volodymyr Zelensky" { expected[other, default: (0, 0)].sentences += 1 }
            }
        }
        let zelensky = try #require(try GraphFixtures.entity("Volodymyr Zelensky", in: store))
        var query = NeighborQuery()
        query.limit = 1000
        query.edges = .coMention
        let neighbors = try store.neighbors(of: zelensky, query)
        #expect(neighbors.count == expected.count)
        for n in neighbors {
            #expect(n.sentences == expected[n.entity.name]?.sentences && n.documents == expected[n.entity.name]?.documents, "\(n.entity.name)")
        }
        #expect(zelensky.mentions == resolved.flatMap(\.mentions).filter { $0.entity == "Volodymyr Zelensky" }.count)
    }

    @Test("path finds the fewest hops, with a sentence for each", arguments: StoreBackend.allCases)
    func shortestPath(_ backend: StoreBackend) throws {
        let store = try backend.store(holding: "Joe Biden spoke in Warsaw.", "Andrzej Duda left Warsaw for Berlin.", "Olaf Scholz arrived in Berlin.")
        let biden = try #require(try GraphFixtures.entity("Joe Biden", in: store))
        let scholz = try #require(try GraphFixtures.entity("Olaf Scholz", in: store))
        let hops = try #require(try store.path(from: biden, to: scholz, edges: .all, maxHops: 8, documents: DocumentFilter()))
        #expect(hops.map(\.to.entity.name) == ["Warsaw", "Berlin", "Olaf Scholz"])
        #expect(hops.allSatisfy { $0.to.evidence.count == 1 })
        #expect(hops.first?.to.evidence.first?.sentence == "Joe Biden spoke in Warsaw.")
    }

    @Test("neighbors at depth 2 come through the heaviest edge, after the direct ones; evidence is the sentence naming both", arguments: StoreBackend.allCases)
    func twoHops(_ backend: StoreBackend) throws {
        let store = try backend.store(holding: "Joe Biden spoke in Warsaw.", "Andrzej Duda left Warsaw for Berlin.")
        let biden = try #require(try GraphFixtures.entity("Joe Biden", in: store))
        var query = NeighborQuery()
        query.depth = 2
        query.edges = .coMention
        query.evidence = 1
        let found = try store.neighbors(of: biden, query)
        #expect(found.map(\.entity.name) == ["Warsaw", "Andrzej Duda", "Berlin"])
        #expect(found.map(\.depth) == [1, 2, 2] && found.last?.via == "Warsaw")
        #expect(found.first?.evidence.first?.sentence == "Joe Biden spoke in Warsaw.")
    }

    @Test("edge evidence: the sentences naming both ends, else the first mention of each", arguments: StoreBackend.allCases)
    func edgeEvidence(_ backend: StoreBackend) throws {
        let store = try backend.store(holding: "Joe Biden spoke in Warsaw. Olaf Scholz stayed in Berlin. Joe Biden left Warsaw.",
                                      "Olaf Scholz arrived in Berlin.")
        let biden = try #require(try GraphFixtures.entity("Joe Biden", in: store))
        let warsaw = try #require(try GraphFixtures.entity("Warsaw", in: store))
        let berlin = try #require(try GraphFixtures.entity("Berlin", in: store))
        let together = try store.evidence(from: biden, to: warsaw, kind: .coMention, predicate: nil, limit: 5)
        #expect(together.sameSentence && together.sentences.map(\.sentence) == ["Joe Biden spoke in Warsaw.", "Joe Biden left Warsaw."])
        let apart = try store.evidence(from: biden, to: berlin, kind: .coMention, predicate: nil, limit: 5)
        #expect(!apart.sameSentence && apart.sentences.map(\.sentence) == ["Joe Biden spoke in Warsaw.", "Olaf Scholz stayed in Berlin."])
        #expect(try store.evidence(from: biden, to: berlin, kind: .coMention, predicate: nil, limit: 1).sentences.count == 1)
    }

    @Test("PageRank ranks the centre of a star first and sums to one")
    func pageRank() {
        let star = [(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0), (3, 4, 1.0)]
        let ranks = PageRank().ranks(count: 6, edges: star)
        #expect(ranks.indices.max { ranks[$0] < ranks[$1] } == 0)
        #expect(abs(ranks.reduce(0, +) - 1) < 1e-6)
        #expect(ranks[5] < ranks[1])
    }
}
