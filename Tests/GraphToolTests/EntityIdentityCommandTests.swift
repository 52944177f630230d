import Foundation
import Testing
import TestSupport

/// The entities `extract` resolves are the entities `ingest` stores, told apart by type and name.
@Suite("entity identity")
struct EntityIdentityCommandTests {
    /// `TYPE<TAB>name` of each entity `extract --entities` resolves in `folder`.
    func extracted(_ folder: URL) throws -> Set<String> {
        let result = try run(Fixtures.graphtool, ["extract", "--entities", "--format", "jsonl", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        return Set(try result.stdout.split(separator: "\n").map { line in
            let entity = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return "\(entity["type"] as? String ?? "")\t\(entity["entity"] as? String ?? "")"
        })
    }

    /// `TYPE<TAB>name` of each entity of the store.
    func stored(_ store: URL) throws -> Set<String> {
        let result = try run(Fixtures.graphtool, ["entities", "--db", store.path, "--top", "100000", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return Set(rows.map { row in
            let entity = row["entity"] as? [String: Any] ?? [:]
            return "\(entity["type"] as? String ?? "")\t\(entity["name"] as? String ?? "")"
        })
    }

    @Test("extract --entities and the store hold the same entities", arguments: [Fixtures.seeds, Fixtures.dev])
    func sameEntities(corpus: URL) throws {
        let store = try Fixtures.temporaryDirectory().appendingPathComponent("graph.sqlite")
        defer { try? FileManager.default.removeItem(at: store.deletingLastPathComponent()) }
        let ingest = try run(Fixtures.graphtool, ["ingest", corpus.path, "--db", store.path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let expected = try extracted(corpus)
        #expect(expected.count > 90)
        #expect(try stored(store) == expected)
    }

    @Test("lookup shows each entity of a name shared by two types; other commands ask for the type")
    func sharedName() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Ford recalled 3,000 cars in Detroit.".write(to: folder.appendingPathComponent("company.txt"), atomically: true, encoding: .utf8)
        try "Mr Ford visited Detroit on Monday.".write(to: folder.appendingPathComponent("person.txt"), atomically: true, encoding: .utf8)
        let store = folder.appendingPathComponent("graph.sqlite").path
        #expect(try run(Fixtures.graphtool, ["ingest", folder.path, "--db", store]).status == 0)
        let lookup = try run(Fixtures.graphtool, ["lookup", "Ford", "--db", store])
        #expect(lookup.status == 0, "\(lookup.stderr)")
        #expect(lookup.stdout.split(separator: "\n").filter { $0.hasPrefix("Ford  ") } == ["Ford  COMPANY", "Ford  PERSON"])
        let neighbors = try run(Fixtures.graphtool, ["neighbors", "Ford", "--db", store])
        #expect(neighbors.status != 0)
        #expect(neighbors.stderr.contains("“Ford” names 2 entities: Ford (COMPANY, 1 mentions), Ford (PERSON, 1 mentions); add the type to name one, e.g. “Ford (COMPANY)”"),
                "\(neighbors.stderr)")
        let person = try run(Fixtures.graphtool, ["relations", "Ford (PERSON)", "--db", store])
        #expect(person.status == 0, "\(person.stderr)")
        #expect(person.stdout.hasPrefix("Ford —visit→ Detroit"), "\(person.stdout)")
    }
}
