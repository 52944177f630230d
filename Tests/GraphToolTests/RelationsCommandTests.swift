import Foundation
import Testing
import TestSupport

/// `graphtool relations` and `neighbors --kind action` on a store ingested from small texts.
@Suite("relations command")
struct RelationsCommandTests {
    static let store: String = {
        let folder = try! Fixtures.temporaryDirectory()
        try! "Norway has invaded Sweden. Norway has invaded Sweden again, officials said.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try! "Denmark would not impose sanctions on Norway.".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("graph.sqlite").path
        _ = try! run(Fixtures.graphtool, ["ingest", folder.path, "--db", path])
        return path
    }()

    func graphtool(_ arguments: [String]) throws -> RunResult {
        try run(Fixtures.graphtool, arguments + ["--db", Self.store])
    }

    @Test("lists the entity's actions both ways with counts, negation and sentences")
    func listing() throws {
        let result = try graphtool(["relations", "Norway"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Norway —invade→ Sweden  (2 sentences, 1 documents)"))
        #expect(result.stdout.contains("Denmark —not impose→ Norway  (1 sentences, 1 documents)"))
        #expect(result.stdout.contains("    “Denmark would not impose sanctions on Norway.” — "))
    }

    @Test("--as and --predicate filter; --json gives the fields")
    func filters() throws {
        let asObject = try graphtool(["relations", "Norway", "--as", "object", "--json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(asObject.stdout.utf8)) as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list.first?["subject"] as? String == "Denmark")
        #expect(list.first?["predicate"] as? String == "impose")
        #expect(list.first?["negated"] as? Bool == true)
        let none = try graphtool(["relations", "Norway", "--predicate", "bomb"])
        #expect(none.stdout.contains("no actions recorded for Norway with predicate “bomb”"))
    }

    @Test("neighbors --kind action follows action edges only")
    func neighbors() throws {
        let result = try graphtool(["neighbors", "Sweden", "--kind", "action"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Norway"))
        #expect(result.stdout.contains("← invade"))
        #expect(!result.stdout.contains("Denmark"))
    }
}
