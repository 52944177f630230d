import Foundation
import Graph
import NER
import Testing
import TestSupport

/// Which part of a store `GraphStore.export` writes, read back from the node-link JSON.
@Suite("export queries")
struct ExportQueryTests {
    static let store: GraphStore = {
        let store = try! GraphFixtures.store()
        _ = try! store.ingest(GraphFixtures.seeds(), resolve: GraphFixtures.identity)
        return store
    }()

    /// Node labels and link kinds of the export of `query`.
    func export(_ query: ExportQuery) throws -> (nodes: Set<String>, links: [[String: Any]]) {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("graph.json")
        try Self.store.export(query, as: NodeLinkExporter(), to: ExportOutput(.path(url.path)))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        return (Set(nodes.compactMap { $0["label"] as? String }), try #require(json["links"] as? [[String: Any]]))
    }

    @Test("the whole graph has every entity and edge")
    func whole() throws {
        let stats = try Self.store.statistics()
        let (nodes, links) = try export(ExportQuery())
        #expect(nodes.count == stats.entities)
        #expect(links.count == stats.edgesByKind.values.reduce(0, +))
    }

    @Test("--around gives the entity and its neighbors")
    func around() throws {
        let zelensky = try #require(try GraphFixtures.entity("Volodymyr Zelensky", in: Self.store))
        var query = ExportQuery()
        query.around = zelensky.id
        var neighbors = NeighborQuery()
        neighbors.limit = 10_000
        let expected = Set(try Self.store.neighbors(of: zelensky, neighbors).map(\.entity.name) + [zelensky.name])
        #expect(try export(query).nodes == expected)
    }

    @Test("--top K keeps K entities, --type only that type, --kind only that kind")
    func filters() throws {
        var query = ExportQuery()
        query.top = 10
        #expect(try export(query).nodes.count == 10)
        query = ExportQuery()
        query.types = [.person]
        let persons = try Self.store.entities(type: .person, top: 10_000).map(\.entity.name)
        #expect(try export(query).nodes == Set(persons))
        query = ExportQuery()
        query.edges = .action
        let actions = try export(query)
        #expect(!actions.links.isEmpty)
        #expect(actions.links.allSatisfy { $0["kind"] as? String == "action" && $0["directed"] as? Bool == true })
    }

    @Test("--min-weight drops lighter edges and the entities left without one")
    func minWeight() throws {
        var query = ExportQuery()
        query.minWeight = 4
        let (nodes, links) = try export(query)
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { ($0["weight"] as? Int ?? 0) >= 4 })
        #expect(nodes.count < (try Self.store.statistics().entities))
    }
}
