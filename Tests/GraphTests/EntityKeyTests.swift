import Foundation
import Graph
import NER
import Testing
import TestSupport

/// Entities are told apart by type and canonical name, in resolution and in the store.
@Suite("entity keys")
struct EntityKeyTests {
    /// The company `Ford` (a gazetteer name) and a person known as `Mr Ford`.
    static let documents = [
        GraphFixtures.document("company.txt", "Ford recalled 3,000 cars in Detroit."),
        GraphFixtures.document("person.txt", "Mr Ford visited Detroit on Monday."),
    ]

    @Test("a company and a person of one name are two stored entities, looked up together or by type", arguments: StoreBackend.allCases)
    func sameNameTwoTypes(_ backend: StoreBackend) throws {
        let store = try backend.store()
        try store.add(Self.documents)
        #expect(try store.statistics().entitiesByType == ["COMPANY": 1, "PERSON": 1, "PLACE": 1])
        guard case .sameName(let fords) = try store.lookup("ford", type: nil, knownAs: { _ in nil }) else { Issue.record("two entities are named Ford"); return }
        #expect(Set(fords.map { EntityKey(type: $0.type, name: $0.name) })
                == [EntityKey(type: .company, name: "Ford"), EntityKey(type: .person, name: "Ford")])
        #expect(fords.allSatisfy { $0.mentions == 1 && $0.documents == 1 })
        guard case .found(let person) = try store.lookup("Ford", type: .person, knownAs: { _ in nil }) else { Issue.record("one person is named Ford"); return }
        #expect(person.type == .person)
        #expect(try store.relations(of: person, RelationQuery()).map { "\($0.subject) (\($0.subjectType.rawValue)) \($0.action) \($0.object) (\($0.objectType.rawValue))" }
                == ["Ford (PERSON) visit Detroit (PLACE)"])
        guard case .found(let company) = try store.lookup("Ford", type: .company, knownAs: { _ in nil }) else { Issue.record("one company is named Ford"); return }
        #expect(try store.relations(of: company, RelationQuery()).isEmpty)
    }

    @Test("exports hold both entities of the shared name, each with its type", arguments: StoreBackend.allCases)
    func exported(_ backend: StoreBackend) throws {
        let store = try backend.store()
        try store.add(Self.documents)
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("graph.json")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        try store.export(ExportQuery(), as: NodeLinkExporter(), to: ExportOutput(.path(url.path)))
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let nodes = try #require(graph["nodes"] as? [[String: Any]])
        #expect(Set(nodes.map { "\($0["label"] as? String ?? "") \($0["type"] as? String ?? "")" }) == ["Ford COMPANY", "Ford PERSON", "Detroit PLACE"])
    }

    @Test("a later batch adds to the entity of its own type", arguments: StoreBackend.allCases)
    func laterBatch(_ backend: StoreBackend) throws {
        let store = try backend.store()
        try store.add([Self.documents[0]])
        try store.add([Self.documents[1]])
        guard case .found(let company) = try store.lookup("Ford", type: .company, knownAs: { _ in nil }) else { Issue.record("one company is named Ford"); return }
        #expect(company.mentions == 1)
        guard case .found(let person) = try store.lookup("Ford", type: .person, knownAs: { _ in nil }) else { Issue.record("one person is named Ford"); return }
        #expect(person.mentions == 1)
    }
}
