import Foundation
import Testing
import TestSupport

/// Ingest with two workers and writing overlapped gives what one thread gives.
@Suite("parallel ingest")
struct ParallelIngestTests {
    @Test("--jobs 2 stores the graph and reports the counts of --jobs 1, over several batches")
    func sameAsOneThread() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Copies of the sample and dev corpora, each with a line of its own, until there are three 1 MB batches.
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let texts = try StoreContent.texts(Fixtures.seeds) + StoreContent.texts(Fixtures.dev)
        var bytes = 0, copy = 0
        while bytes < 2_500_000 {
            for text in texts {
                let data = Data("copy \(copy)\n".utf8) + (try Data(contentsOf: text))
                try data.write(to: corpus.appendingPathComponent("c\(copy)_\(text.lastPathComponent)"))
                bytes += data.count
            }
            copy += 1
        }
        var reports: [String] = []
        var contents: [[String]] = []
        for jobs in ["1", "2"] {
            let store = dir.appendingPathComponent("jobs\(jobs).sqlite")
            let output = try StoreContent.graphtool(["ingest", corpus.path, "--jobs", jobs, "--batch-mb", "1", "--db", store.path, "--json"])
            let summary = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
            reports.append(StoreContent.fields(summary["report"] as? [String: Any] ?? [:], except: []))
            contents.append(try StoreContent.of(store))
        }
        #expect(reports[0] == reports[1])
        #expect(contents[0].count > 1000)
        #expect(contents[0] == contents[1])
    }
}
