import Foundation
import Graph
import GRDB
import NER
import Testing
import TestSupport

@Suite("ingest")
struct IngestTests {
    @Test("a document ingested twice is counted once, under another path too", arguments: StoreBackend.allCases)
    func idempotent(_ backend: StoreBackend) throws {
        let store = try backend.store()
        let first = try store.add([GraphFixtures.document("a.txt", GraphFixtures.talks)])
        let before = try store.statistics()
        let again = try store.add([GraphFixtures.document("a.txt", GraphFixtures.talks), GraphFixtures.document("b.txt", GraphFixtures.talks)])
        #expect(first.added == 1)
        #expect(again.unchanged == 1 && again.duplicates == 1 && again.added == 0)
        #expect(try store.statistics() == before)
    }

    @Test("title and date come from the top of the text; co-mention counts sentences plus documents", arguments: StoreBackend.allCases)
    func countsAndMetadata(_ backend: StoreBackend) throws {
        let store = try backend.store()
        try store.add([GraphFixtures.document("a.txt", GraphFixtures.talks)])
        let kuleba = try #require(try GraphFixtures.entity("Dmytro Kuleba", in: store))
        #expect(kuleba.mentions == 2 && kuleba.documents == 1 && kuleba.firstSeen == "2022-03-03")
        let neighbors = try store.neighbors(of: kuleba, NeighborQuery())
        let lavrov = try #require(neighbors.first { $0.entity.name == "Sergey Lavrov" })
        #expect(lavrov.sentences == 1 && lavrov.documents == 1 && lavrov.weight == 2)
        let moscow = try #require(neighbors.first { $0.entity.name == "Moscow" })
        #expect(moscow.sentences == 0 && moscow.weight == 1)
        #expect(DocumentMetadata(bytes: Array(GraphFixtures.talks.utf8)) == DocumentMetadata(bytes: Array("Talks in Minsk\ndate 2022-03-03".utf8)))
        #expect(DocumentMetadata(bytes: Array("Headline\nKYIV, March 3, 2022 — text".utf8)).date == "2022-03-03")
    }

    @Test("a changed file replaces its old version", arguments: StoreBackend.allCases)
    func replacement(_ backend: StoreBackend) throws {
        let store = try backend.store()
        try store.add([GraphFixtures.document("a.txt", GraphFixtures.talks)])
        let report = try store.add([GraphFixtures.document("a.txt", "Joe Biden spoke in Warsaw.")])
        let fresh = try backend.store()
        try fresh.add([GraphFixtures.document("a.txt", "Joe Biden spoke in Warsaw.")])
        #expect(report.replaced == 1)
        var stats = try store.statistics(), expected = try fresh.statistics()
        stats.sizeOnDisk = 0
        expected.sizeOnDisk = 0
        #expect(stats == expected)
        #expect(try GraphFixtures.entity("Dmytro Kuleba", in: store) == nil)
    }

    @Test("renames from resolution merge stored entities in the same transaction", arguments: StoreBackend.allCases)
    func renames(_ backend: StoreBackend) throws {
        let store = try backend.store()
        try store.add([GraphFixtures.document("a.txt", GraphFixtures.talks)])
        let merging: GraphStore.Resolve = { documents, known in
            var resolution = EntityResolver().resolve(documents, known: known)
            resolution.renamed = [EntityKey(type: .place, name: "Moscow"): EntityKey(type: .place, name: "Minsk")]
            return resolution
        }
        try store.add([GraphFixtures.document("b.txt", "Sergei Lavrov spoke in Minsk.")], resolve: merging)
        #expect(try GraphFixtures.entity("Moscow", in: store)?.name == "Minsk")
        let minsk = try #require(try GraphFixtures.entity("Minsk", in: store))
        #expect(minsk.mentions == 4 && minsk.documents == 2)
        let card = try store.card(of: minsk, neighbors: 5, evidence: 3, documents: DocumentFilter())
        #expect(Set(card.aliases.map(\.name)) == ["Minsk", "Moscow"])
        #expect(!card.neighbors.contains { $0.entity.name == "Minsk" })
        let lavrov = try #require(card.neighbors.first { $0.entity.name == "Sergey Lavrov" })
        #expect(lavrov.documents == 2 && lavrov.sentences == 3)
    }

    @Test("a merge moves the action edges of the entity merged, as read from either end", arguments: StoreBackend.allCases)
    func mergedActions(_ backend: StoreBackend) throws {
        let store = try backend.store()
        try store.add([GraphFixtures.document("a.txt", "Sergei Lavrov visited Moscow on Monday. Dmytro Kuleba criticised Moscow.")])
        let merging: GraphStore.Resolve = { documents, known in
            var resolution = EntityResolver().resolve(documents, known: known)
            resolution.renamed = [EntityKey(type: .place, name: "Moscow"): EntityKey(type: .place, name: "Minsk")]
            return resolution
        }
        try store.add([GraphFixtures.document("b.txt", "Sergei Lavrov visited Minsk.")], resolve: merging)
        let minsk = try #require(try GraphFixtures.entity("Minsk", in: store))
        var actions = NeighborQuery()
        actions.edges = .action
        let incoming = try store.neighbors(of: minsk, actions).map { "\($0.entity.name) \($0.action ?? "") \($0.direction?.rawValue ?? "") \($0.weight)" }
        #expect(incoming == ["Sergey Lavrov visit in 4", "Dmytro Kuleba criticise in 2"])
        let lavrov = try #require(try GraphFixtures.entity("Sergei Lavrov", in: store))
        #expect(try store.relations(of: lavrov, RelationQuery()).map { "\($0.subject) \($0.action) \($0.object) \($0.documents)" } == ["Sergey Lavrov visit Minsk 2"])
    }

    @Test("a later batch resolves against the stored entities it could merge with", arguments: StoreBackend.allCases)
    func resolvesAgainstStore(_ backend: StoreBackend) throws {
        let store = try backend.store()
        try store.add([GraphFixtures.document("a.txt", "Ukrainian official Oleksandr Kovalenko spoke in Lviv on Monday.")])
        try store.add([GraphFixtures.document("b.txt", "Kovalenko said the talks would go on. Kovalenko later left Lviv.")])
        let kovalenko = try #require(try GraphFixtures.entity("Kovalenko", in: store))
        #expect(kovalenko.name == "Oleksandr Kovalenko" && kovalenko.mentions == 3 && kovalenko.documents == 2)
        let lviv = try #require(try store.neighbors(of: kovalenko, NeighborQuery()).first { $0.entity.name == "Lviv" })
        #expect(lviv.sentences == 2 && lviv.documents == 2)
    }

    @Test("a store another connection is writing to is reported as locked")
    func locked() throws {
        let store = try GraphFixtures.store()
        let other = try DatabaseQueue(path: store.path)
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: GraphStoreError.locked(path: store.path)) {
                try store.ingest([GraphFixtures.document("a.txt", GraphFixtures.talks)], resolve: GraphFixtures.identity)
            }
            try db.execute(sql: "ROLLBACK")
        }
    }

    @Test("a file that is not a store is refused with a message")
    func notAStore() throws {
        let file = try Fixtures.temporaryDirectory().appendingPathComponent("notes.sqlite")
        try Data("hello, this is not SQLite at all, just some text to fill a page".utf8).write(to: file)
        #expect(throws: GraphStoreError.self) { try GraphStore(path: file.path, mode: .read) }
        #expect(throws: GraphStoreError.missing(path: file.path + "x")) { try GraphStore(path: file.path + "x", mode: .read) }
    }
}
