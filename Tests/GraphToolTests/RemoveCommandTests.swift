import Foundation
import Testing
import TestSupport

/// `graphtool remove` takes documents out with everything they contributed.
@Suite("remove")
struct RemoveCommandTests {
    @Test("removing documents gives the store that never had them; ingesting them again, the store that always had them")
    func removeAndIngestAgain() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let seeds = try StoreContent.folder("seeds", in: dir, with: try StoreContent.texts(Fixtures.seeds))
        let dev = try StoreContent.folder("dev", in: dir, with: try StoreContent.texts(Fixtures.dev))
        let both = dir.appendingPathComponent("both.sqlite"), seedsOnly = dir.appendingPathComponent("seeds.sqlite")
        try StoreContent.graphtool(["ingest", seeds.path, dev.path, "--db", both.path])
        try StoreContent.graphtool(["ingest", seeds.path, "--db", seedsOnly.path])
        let full = try StoreContent.of(both)

        let output = try StoreContent.graphtool(["remove", dev.path, "--db", both.path])
        #expect(output.contains("removed \(try StoreContent.texts(Fixtures.dev).count) documents"))
        #expect(try StoreContent.of(both) == StoreContent.of(seedsOnly))

        try StoreContent.graphtool(["ingest", dev.path, "--db", both.path])
        #expect(try StoreContent.of(both) == full)
    }

    @Test("a document is named by its path or its id; a name no document has fails with a message")
    func names() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try StoreContent.texts(Fixtures.seeds)
        let seeds = try StoreContent.folder("seeds", in: dir, with: files)
        let store = dir.appendingPathComponent("graph.sqlite")
        try StoreContent.graphtool(["ingest", seeds.path, "--db", store.path])
        let file = seeds.appendingPathComponent(files[0].lastPathComponent).path
        // Documents are numbered in the order they were stored: the last file is number `files.count`.
        #expect(try StoreContent.graphtool(["remove", file, "\(files.count)", "--db", store.path]).contains("removed 2 documents"))
        let missing = try run(Fixtures.graphtool, ["remove", file, "--db", store.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("\(file): no stored document has this path or id"))
        let stats = try JSONSerialization.jsonObject(with: Data(try StoreContent.graphtool(["stats", "--json", "--db", store.path]).utf8))
        #expect((stats as? [String: Any])?["documents"] as? Int == files.count - 2)
    }
}
