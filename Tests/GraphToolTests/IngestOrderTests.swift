import Foundation
import Testing
import TestSupport

/// Resolution does not depend on how documents are batched: ingesting the sample and dev corpora
/// in two halves, in either order, stores the same entities as ingesting them at once.
@Suite("Ingest order")
struct IngestOrderTests {
    /// Every stored entity as `TYPE<TAB>name<TAB>mentions`, sorted.
    func entities(_ store: URL) throws -> [String] {
        let result = try run(Fixtures.graphtool, ["entities", "--db", store.path, "--top", "100000", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return rows.compactMap { row in
            guard let entity = row["entity"] as? [String: Any], let type = entity["type"] as? String,
                  let name = entity["name"] as? String, let mentions = entity["mentions"] as? Int else { return nil }
            return "\(type)\t\(name)\t\(mentions)"
        }.sorted()
    }

    func ingest(_ folders: [URL], into store: URL) throws {
        for folder in folders {
            let result = try run(Fixtures.graphtool, ["ingest", folder.path, "--db", store.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test("two halves in either order give the entities of one ingest")
    func halves() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try [Fixtures.seeds, Fixtures.dev].flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "txt" }
        }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        let all = dir.appendingPathComponent("all"), first = dir.appendingPathComponent("first"), second = dir.appendingPathComponent("second")
        for folder in [all, first, second] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        for (n, file) in files.enumerated() {
            try FileManager.default.copyItem(at: file, to: all.appendingPathComponent(file.lastPathComponent))
            try FileManager.default.copyItem(at: file, to: (n < files.count / 2 ? first : second).appendingPathComponent(file.lastPathComponent))
        }
        let once = dir.appendingPathComponent("once.sqlite"), forward = dir.appendingPathComponent("forward.sqlite")
        let backward = dir.appendingPathComponent("backward.sqlite")
        try ingest([all], into: once)
        try ingest([first, second], into: forward)
        try ingest([second, first], into: backward)
        let expected = try entities(once)
        #expect(expected.count > 400)
        #expect(try entities(forward) == expected)
        #expect(try entities(backward) == expected)
    }
}
