import Foundation
import Graph
import NER
import Testing
import TestSupport

/// Which part of a store `export` writes, read back from the node-link JSON, on each backend.
@Suite("export queries")
struct ExportQueryTests {
    /// The sample corpus in a store of the backend.
    static func seeds(_ backend: StoreBackend) throws -> any GraphStorage {
        let store = try backend.store()
        try store.add(GraphFixtures.seeds())
        return store
    }

    /// Node labels and link kinds of the export of `query` from `store`.
    func export(_ query: ExportQuery, from store: any GraphStorage) throws -> (nodes: Set<String>, links: [[String: Any]]) {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("graph.json")
        try store.export(query, as: NodeLinkExporter(), to: ExportOutput(.path(url.path)))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        return (Set(nodes.compactMap { $0["label"] as? String }), try #require(json["links"] as? [[String: Any]]))
    }

    @Test("the whole graph has every entity and edge", arguments: StoreBackend.allCases)
    func whole(_ backend: StoreBackend) throws {
        let store = try Self.seeds(backend)
        let stats = try store.statistics()
        let (nodes, links) = try export(ExportQuery(), from: store)
        #expect(nodes.count == stats.entities)
        #expect(links.count == stats.edgesByKind.values.reduce(0, +))
    }

    @Test("--around gives the entity and its neighbors", arguments: StoreBackend.allCases)
    func around(_ backend: StoreBackend) throws {
        let store = try Self.seeds(backend)
        let zelensky = try #require(try GraphFixtures.entity("Volodymyr Zelensky", in: store))
        var query = ExportQuery()
        query.around = zelensky.id
        var neighbors = NeighborQuery()
        neighbors.limit = 10_000
        let expected = Set(try store.neighbors(of: zelensky, neighbors).map(\.entity.name) + [zelensky.name])
        #expect(try export(query, from: store).nodes == expected)
    }

    @Test("--top K keeps K entities, --type only that type, --kind only that kind", arguments: StoreBackend.allCases)
    func filters(_ backend: StoreBackend) throws {
        let store = try Self.seeds(backend)
        var query = ExportQuery()
        query.top = 10
        #expect(try export(query, from: store).nodes.count == 10)
        query = ExportQuery()
        query.types = [.person]
        let persons = try store.entities(type: .person, top: 10_000, by: .mentions).map(\.entity.name)
        #expect(try export(query, from: store).nodes == Set(persons))
        query = ExportQuery()
        query.edges = .action
        let actions = try export(query, from: store)
        #expect(!actions.links.isEmpty)
        #expect(actions.links.allSatisfy { $0["kind"] as? String == "action" && $0["directed"] as? Bool == true })
    }

    @Test("--min-weight drops lighter edges and the entities left without one", arguments: StoreBackend.allCases)
    func minWeight(_ backend: StoreBackend) throws {
        let store = try Self.seeds(backend)
        var query = ExportQuery()
        query.minWeight = 4
        let (nodes, links) = try export(query, from: store)
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { ($0["weight"] as? Int ?? 0) >= 4 })
        #expect(nodes.count < (try store.statistics().entities))
    }
}
