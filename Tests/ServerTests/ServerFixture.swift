import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Graph
import NER
import Server
import TestSupport

/// A `GraphServer` on a free loopback port over a store of the sample corpus, and a client for it.
final class ServerFixture: Sendable {
    /// One server for all the tests (the store is only read), started on first use.
    static let shared = Task { try await ServerFixture(store: seedStore()) }

    let server: GraphServer
    let port: Int

    /// Starts a server over `store` on a free port and returns once it listens.
    init(store: GraphStore) async throws {
        server = try GraphServer(store: store, knownAs: Fixtures.recognizer.gazetteerName)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        Task.detached { [server] in
            try await server.run(host: "127.0.0.1", port: 0) { continuation.yield($0) }
        }
        var iterator = ports.makeAsyncIterator()
        port = await iterator.next() ?? 0
    }

    /// The sample corpus ingested as `graphtool ingest` does, then opened read-only.
    static func seedStore() throws -> GraphStore {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("graph.sqlite").path
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        try ingest(files.map { Fixtures.seeds.appendingPathComponent($0) }, into: path)
        return try GraphStore(path: path, mode: .read)
    }

    /// Adds `files` to the store at `path` as `graphtool ingest` does.
    static func ingest(_ files: [URL], into path: String) throws {
        let writer = try GraphStore(path: path, mode: .write)
        let resolver = try EntityResolver.standard()
        let documents = try files.map { url in
            IngestDocument(path: url.path, analysis: Fixtures.recognizer.analyze(SourceText(name: url.lastPathComponent, utf8: Array(try Data(contentsOf: url)))))
        }
        _ = try writer.ingest(documents, resolve: { resolver.resolve($0, known: $1) }, aliases: resolver.aliases)
    }

    /// An answer: status, content type and body.
    struct Answer {
        var status: Int
        var contentType: String
        var body: Data

        /// The body as a JSON object.
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Sends `method` to `path` (with its query, already percent-encoded) and waits for the answer.
    func request(_ path: String, method: String = "GET") async throws -> Answer {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return Answer(status: http.statusCode, contentType: http.value(forHTTPHeaderField: "Content-Type") ?? "", body: data)
    }
}
