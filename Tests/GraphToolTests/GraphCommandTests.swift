import Foundation
import Testing
import TestSupport

/// The graph commands end to end, through the built binary, on the sample corpus. Serialized: one
/// test re-ingests into the store the others read.
@Suite("graph commands", .serialized)
struct GraphCommandTests {
    static let store: String = {
        let path = (try! Fixtures.temporaryDirectory()).appendingPathComponent("graph.sqlite").path
        _ = try! run(Fixtures.graphtool, ["ingest", Fixtures.seeds.path, "--db", path])
        return path
    }()

    func graphtool(_ arguments: [String]) throws -> RunResult {
        try run(Fixtures.graphtool, arguments + ["--db", Self.store])
    }

    @Test("ingest twice stores the corpus once")
    func ingestAgain() throws {
        let result = try graphtool(["ingest", Fixtures.seeds.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 new, 0 replaced, 5 unchanged"))
    }

    @Test("ingest's summary gives the documents, entities and mentions stats counts")
    func ingestSummary() throws {
        let ingest = try graphtool(["ingest", Fixtures.seeds.path, "--json"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(ingest.stdout.utf8)) as? [String: Any])
        let totals = try #require(summary["store"] as? [String: Any])
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(try graphtool(["stats", "--json"]).stdout.utf8)) as? [String: Any])
        #expect(totals["documents"] as? Int == 5)
        for field in ["documents", "entities", "mentions"] {
            #expect(totals[field] as? Int == stats[field] as? Int, "\(field)")
        }
        let text = try graphtool(["ingest", Fixtures.seeds.path])
        #expect(text.stdout.contains(": 5 documents, \(stats["entities"] as? Int ?? -1) entities, \(stats["mentions"] as? Int ?? -1) mentions\n"), "\(text.stdout)")
    }

    @Test("a file named with ., .. and repeated slashes is the stored file, not a new one")
    func samePathWrittenOtherwise() throws {
        let seeds = Fixtures.seeds.path
        let file = try #require(FileManager.default.contentsOfDirectory(atPath: seeds).sorted().first)
        let folder = (seeds as NSString).lastPathComponent
        let result = try graphtool(["ingest", seeds + "/./../" + folder + "//" + file])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0 new, 0 replaced, 1 unchanged, 0 duplicates"), "\(result.stdout)")
    }

    @Test("neighbors Zelensky lists Kuleba, Putin, Russia, Ukraine and Kyiv")
    func neighbors() throws {
        let result = try graphtool(["neighbors", "Zelensky"])
        #expect(result.status == 0)
        for name in ["Dmytro Kuleba", "Vladimir Putin", "Russia", "Ukraine", "Kyiv"] { #expect(result.stdout.contains(name), "\(name)") }
        let json = try graphtool(["neighbors", "Zelensky", "--json", "--type", "PERSON", "--evidence"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.allSatisfy { ($0["entity"] as? [String: Any])?["type"] as? String == "PERSON" })
    }

    @Test("lookup finds entities by alias, gazetteer name and near spelling")
    func lookup() throws {
        let kuleba = try graphtool(["lookup", "Kuleba"])
        #expect(kuleba.status == 0)
        #expect(kuleba.stdout.hasPrefix("Dmytro Kuleba  PERSON"))
        #expect(try graphtool(["lookup", "Kiev"]).stdout.hasPrefix("Kyiv  PLACE"))
        #expect(try graphtool(["lookup", "Zelenskiy"]).stdout.hasPrefix("Volodymyr Zelensky  PERSON"))
        let unknown = try graphtool(["lookup", "Qwertyuiop"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no entity named “Qwertyuiop”"))
    }

    @Test("store entities and aliases agree with extract on the same files")
    func agreesWithExtract() throws {
        let extract = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", Fixtures.seeds.path])
        var counts: [String: [String: Int]] = [:]
        for line in extract.stdout.split(separator: "\n") {
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for e in doc["entities"] as? [[String: Any]] ?? [] { counts[e["entity"] as! String, default: [:]][e["text"] as! String, default: 0] += 1 }
        }
        for name in ["Vladimir Putin", "Dmytro Kuleba", "Russia"] {
            let card = try #require(try JSONSerialization.jsonObject(with: Data(graphtool(["lookup", name, "--json"]).stdout.utf8)) as? [String: Any])
            let aliases = (card["aliases"] as? [[String: Any]] ?? []).reduce(into: [String: Int]()) { $0[$1["name"] as! String] = $1["count"] as? Int }
            #expect(aliases == counts[name], "\(name)")
        }
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(graphtool(["stats", "--json"]).stdout.utf8)) as? [String: Any])
        #expect(stats["entities"] as? Int == counts.count)
        #expect(stats["mentions"] as? Int == counts.values.flatMap(\.values).reduce(0, +))
    }

    @Test("path, entities and stats answer in tables")
    func otherCommands() throws {
        let path = try graphtool(["path", "Kuleba", "Sberbank"])
        #expect(path.status == 0 && path.stdout.hasPrefix("Dmytro Kuleba\n") && path.stdout.contains("──> Sberbank"))
        let top = try graphtool(["entities", "--by", "pagerank", "--top", "3"])
        #expect(top.stdout.split(separator: "\n").count == 4)
        #expect(try graphtool(["stats"]).stdout.contains("documents  5"))
    }

    @Test("a missing or corrupt store gets a message and exit status 1")
    func badStore() throws {
        let folder = try Fixtures.temporaryDirectory()
        let missing = try run(Fixtures.graphtool, ["stats", "--db", folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 1 && missing.stderr.contains("no graph store at"))
        let junk = folder.appendingPathComponent("junk.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: junk)
        let corrupt = try run(Fixtures.graphtool, ["lookup", "Kyiv", "--db", junk.path])
        #expect(corrupt.status == 1 && corrupt.stderr.contains("is not a graphtool store"))
    }
}
