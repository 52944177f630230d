import Foundation
import Testing
import TestSupport

/// `extract --for-ingest` then `ingest --analyses` through the built binary: the store ingest of
/// the same input makes, and clear refusals of lines it cannot store.
@Suite("ingest --analyses")
struct IngestAnalysesTests {
    static let collection = Fixtures.packageRoot.appendingPathComponent("Tests/CollectionsTests/Fixtures/seeds.jsonl.gz")

    /// What a store shows through `stats`, `export` (``StoreContent``), `entities` and the
    /// evidence of the top entity's neighbors.
    static func queries(_ store: URL) throws -> [String] {
        let db = ["--db", store.path]
        let entities = try StoreContent.graphtool(["entities", "--json", "--top", "50"] + db)
        let ranked = try #require(try JSONSerialization.jsonObject(with: Data(entities.utf8)) as? [[String: Any]])
        let top = (ranked.first?["entity"] as? [String: Any])?["name"] as? String
        let neighbors = try StoreContent.graphtool(["neighbors", try #require(top), "--evidence", "--json", "--limit", "50"] + db)
        return try StoreContent.of(store) + [entities, neighbors]
    }

    /// An analysis line with its first two sentences in reverse order.
    static func swappingFirstSentences(_ line: String) throws -> String {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        var sentences = try #require(object["sentences"] as? [[Int]])
        sentences.swapAt(0, 1)
        object["sentences"] = sentences
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test("extract --for-ingest piped to ingest --analyses makes the store ingest makes",
          arguments: [Fixtures.seeds, Fixtures.dev, Self.collection])
    func sameStore(input: URL) throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = dir.appendingPathComponent("plain.sqlite"), analysed = dir.appendingPathComponent("analysed.sqlite")
        _ = try run(Fixtures.graphtool, ["ingest", input.path, "--db", plain.path])
        let extract = try run(Fixtures.graphtool, ["extract", "--for-ingest", input.path])
        #expect(!extract.stdout.isEmpty, "\(extract.stderr)")
        let ingest = try run(Fixtures.graphtool, ["ingest", "--analyses", "-", "--db", analysed.path], input: Data(extract.stdout.utf8))
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let expected = try Self.queries(plain)
        #expect(expected.count > 100)
        #expect(try Self.queries(analysed) == expected)
    }

    @Test("analyses added to a store resolve against its entities as ingest does")
    func incremental() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = dir.appendingPathComponent("plain.sqlite"), analysed = dir.appendingPathComponent("analysed.sqlite")
        for store in [plain, analysed] { try StoreContent.graphtool(["ingest", Fixtures.seeds.path, "--db", store.path]) }
        try StoreContent.graphtool(["ingest", Fixtures.dev.path, "--db", plain.path])
        let file = dir.appendingPathComponent("dev.jsonl")
        try Data(try run(Fixtures.graphtool, ["extract", "--for-ingest", Fixtures.dev.path]).stdout.utf8).write(to: file)
        try StoreContent.graphtool(["ingest", "--analyses", file.path, "--db", analysed.path])
        #expect(try Self.queries(analysed) == Self.queries(plain))
    }

    @Test("a folder of part files is read in name order, passing over _SUCCESS and hidden files")
    func partFiles() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lines = try StoreContent.graphtool(["extract", "--for-ingest", Fixtures.dev.path]).split(separator: "\n")
        let parts = dir.appendingPathComponent("parts")
        try FileManager.default.createDirectory(at: parts, withIntermediateDirectories: true)
        try Data((lines.prefix(7).joined(separator: "\n") + "\n").utf8).write(to: parts.appendingPathComponent("part-00000"))
        try Data((lines.dropFirst(7).joined(separator: "\n") + "\n").utf8).write(to: parts.appendingPathComponent("part-00001"))
        for name in ["_SUCCESS", ".part-00000.crc"] { try Data("not analyses\n".utf8).write(to: parts.appendingPathComponent(name)) }
        let plain = dir.appendingPathComponent("plain.sqlite"), analysed = dir.appendingPathComponent("analysed.sqlite")
        try StoreContent.graphtool(["ingest", Fixtures.dev.path, "--db", plain.path])
        try StoreContent.graphtool(["ingest", "--analyses", parts.path, "--db", analysed.path])
        #expect(try Self.queries(analysed) == Self.queries(plain))
    }

    @Test("lines that are not JSON, lack a field, have another version or offsets outside their text are reported by line; nothing is stored")
    func badLines() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = try StoreContent.graphtool(["extract", "--for-ingest", Fixtures.seeds.path]).split(separator: "\n").map(String.init)
        let plainJSONL = try StoreContent.graphtool(["extract", "--format", "jsonl", Fixtures.seeds.path]).split(separator: "\n")
        let bad = [good[0], "{\"doc\": \"x\"", "", String(plainJSONL[1]), good[2].replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2"),
                   good[3].replacingOccurrences(of: "\"recognized\": ", with: "\"named\": "),
                   good[1].replacingOccurrences(of: "\"start\": 0,", with: "\"start\": 1000000,"), try Self.swappingFirstSentences(good[2]), good[4]]
        #expect(good[1].contains("\"start\": 0,"))
        let file = dir.appendingPathComponent("bad.jsonl")
        try Data(bad.joined(separator: "\n").utf8).write(to: file)
        let store = dir.appendingPathComponent("graph.sqlite")
        let refused = try run(Fixtures.graphtool, ["ingest", "--analyses", file.path, "--db", store.path])
        #expect(refused.status == 1)
        let expected = [
            "graphtool: \(file.path):2: not a JSON object",
            "graphtool: \(file.path):4: no field \"version\"",
            "graphtool: \(file.path):5: analyses of version 2, and this graphtool reads version 1",
            "graphtool: \(file.path):6: no field \"entities[0].recognized\"",
            "graphtool: \(file.path):7: entities[0] [1000000, ",
            "graphtool: \(file.path):8: sentences[1] starts no later than the sentence ahead of it: sentences must be in text order",
            "Error: 6 of 8 analyses cannot be stored (see above); nothing was stored",
        ]
        let messages = refused.stderr.split(separator: "\n").map(String.init)
        #expect(messages.count == expected.count, "\(refused.stderr)")
        for (message, start) in zip(messages, expected) { #expect(message.hasPrefix(start), "\(message)") }
        #expect(!FileManager.default.fileExists(atPath: store.path))
        // Into a store that has documents, nothing is added either.
        try StoreContent.graphtool(["ingest", Fixtures.dev.path, "--db", store.path])
        let before = try StoreContent.of(store)
        let again = try run(Fixtures.graphtool, ["ingest", "--analyses", "-", "--db", store.path], input: try Data(contentsOf: file))
        #expect(again.status == 1 && again.stderr.contains("standard input:7: entities[0]"), "\(again.stderr)")
        #expect(try StoreContent.of(store) == before)
    }

    @Test("--analyses takes no PATH nor --gazetteer, and names a file or folder that exists")
    func refusals() throws {
        let both = try run(Fixtures.graphtool, ["ingest", "--analyses", "-", Fixtures.seeds.path])
        #expect(both.status != 0 && both.stderr.contains("--analyses stores analyses made already; name no PATH beside it"), "\(both.stderr)")
        let gazetteer = try run(Fixtures.graphtool, ["ingest", "--analyses", "-", "--gazetteer", "names.tsv"])
        #expect(gazetteer.status != 0 && gazetteer.stderr.contains("give it to `graphtool extract --for-ingest`"), "\(gazetteer.stderr)")
        let missing = try run(Fixtures.graphtool, ["ingest", "--analyses", "/nonexistent/analyses.jsonl"])
        #expect(missing.status != 0 && missing.stderr.contains("no such file or folder"), "\(missing.stderr)")
        let conll = try run(Fixtures.graphtool, ["extract", "--for-ingest", "--format", "conll", Fixtures.seeds.path])
        #expect(conll.status != 0 && conll.stderr.contains("--for-ingest prints each document as jsonl"), "\(conll.stderr)")
    }
}
