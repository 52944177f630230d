import Foundation
import Graph
import Testing
import TestSupport

/// A store that grows while it is served.
@Suite("serve while ingesting")
struct LiveIngestTests {
    @Test("documents ingested while serving show in the next answers, statistics included")
    func ingestWhileServing() async throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { Fixtures.seeds.appendingPathComponent($0) }
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("graph.sqlite").path
        try ServerFixture.ingest([files[0]], into: path)
        let server = try await ServerFixture(store: GraphStore(path: path, mode: .read))
        #expect(try await server.request("/api/stats").json["documents"] as? Int == 1)
        #expect(try await server.request("/api/entity?name=Exxon%20Mobil").status == 404)
        try ServerFixture.ingest(Array(files.dropFirst()), into: path)
        #expect(try await server.request("/api/stats").json["documents"] as? Int == files.count)
        #expect(try await server.request("/api/entity?name=Exxon%20Mobil").status == 200)
    }
}
