import Foundation
import Graph
import NER
import Testing

/// Edges counted over some of the documents (a date range) are those of a store that holds only
/// those documents; removal takes out what a document's postings list.
@Suite("edges over a date range")
struct DocumentWindowTests {
    /// Twelve dated reports, one a day from 1 March 2022, that name Kyiv and Moscow, each with one
    /// more city and person; in half of them the person visits the city.
    static let reports: [IngestDocument] = {
        let (cities, people) = (GraphFixtures.cities, GraphFixtures.people)
        return cities.indices.map { i in
            let visit = i.isMultiple(of: 2) ? "\(people[i]) visited \(cities[i])." : "\(people[i]) stayed home."
            return GraphFixtures.document("day-\(i).txt", """
                Report \(i)
                date 2022-03-\(String(format: "%02d", i + 1))
                \(people[i]) spoke about Kyiv and Moscow. \(visit)

                Moscow and \(cities[i]) were named too.
                """)
        }
    }()

    static func neighbors(_ name: String, in store: any GraphStorage, documents: DocumentFilter = DocumentFilter()) throws -> [String] {
        let entity = try #require(try GraphFixtures.entity(name, in: store))
        var query = NeighborQuery()
        query.limit = 100
        query.documents = documents
        return try store.neighbors(of: entity, query).map {
            "\($0.entity.name) \($0.kind.rawValue) \($0.predicate ?? "") \($0.sentences)+\($0.documents)"
        }
    }

    @Test("neighbors from 4 to 9 March are those of a store of the reports of those days", arguments: StoreBackend.allCases, ["Kyiv", "Moscow", "Emmanuel Macron", "Vienna"])
    func dateRange(_ backend: StoreBackend, name: String) throws {
        let all = try backend.store()
        try all.add(Self.reports)
        let days = try backend.store()
        try days.add(Array(Self.reports[3...8]))
        let range = DocumentFilter(since: "2022-03-04", until: "2022-03-09")
        let expected = try GraphFixtures.entity(name, in: days) == nil ? [] : try Self.neighbors(name, in: days)
        #expect(try Self.neighbors(name, in: all, documents: range) == expected)
        #expect(try Self.neighbors(name, in: all, documents: DocumentFilter(since: "2022-01-01")) == Self.neighbors(name, in: all))
    }

    @Test("a date range leaves out the edges of other days: Kyiv and Moscow in six documents", arguments: StoreBackend.allCases)
    func counts(_ backend: StoreBackend) throws {
        let store = try backend.store()
        try store.add(Self.reports)
        let found = try Self.neighbors("Kyiv", in: store, documents: DocumentFilter(since: "2022-03-04", until: "2022-03-09"))
        #expect(found.first == "Moscow co-mention  6+6")
        #expect(try Self.neighbors("Kyiv", in: store).first == "Moscow co-mention  12+12")
    }
}
