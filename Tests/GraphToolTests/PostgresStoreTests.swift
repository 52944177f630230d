import Foundation
import Testing
import TestSupport

/// The PostgreSQL store through the command-line tool: the same answers as the SQLite store,
/// many writers at once, and the failures a user can meet. Each test makes its own database on
/// the server ``PostgresServer`` starts; they run one at a time, as one of them restarts it.
@Suite("PostgreSQL store", .serialized)
struct PostgresStoreTests {
    /// Where a test keeps a store.
    enum Backend: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }

        /// A new empty store's `--db` value, named after `name`.
        func store(_ name: String, in dir: URL) throws -> String {
            switch self {
            case .sqlite: dir.appendingPathComponent("\(name).sqlite").path
            case .postgres: try PostgresServer.database(name)
            }
        }
    }

    /// Runs graphtool, expecting success; returns its output with every `id` field taken out
    /// (ids are the store's numbering, not the graph) and keys sorted.
    static func answer(_ arguments: [String]) throws -> String {
        let output = try StoreContent.graphtool(arguments)
        guard let json = try? JSONSerialization.jsonObject(with: Data(output.utf8), options: [.fragmentsAllowed]) else { return output }
        return String(decoding: try JSONSerialization.data(withJSONObject: withoutIDs(json), options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    private static func withoutIDs(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { $0.key != "id" && $0.key != "sizeOnDisk" }.mapValues(withoutIDs)
        }
        if let array = value as? [Any] { return array.map(withoutIDs) }
        return value
    }

    /// The queries compared between stores: statistics, rankings, lookups, neighbors at depth 1
    /// and 2 with evidence, relations and a path.
    static let queries: [[String]] = [
        ["stats"], ["entities", "--top", "40"], ["entities", "--top", "20", "--by", "degree"], ["entities", "--top", "20", "--by", "pagerank"],
        ["lookup", "Zelensky"], ["lookup", "Zelenskiy"], ["lookup", "Kiev"], ["lookup", "Russia"],
        ["neighbors", "Russia", "--limit", "100"], ["neighbors", "Ukraine", "--evidence", "--limit", "15"],
        ["neighbors", "Zelensky", "--depth", "2", "--limit", "60"], ["neighbors", "Biden", "--kind", "action"],
        ["relations", "Russia"], ["path", "Zelensky", "Biden"],
    ]

    /// The queries whose answers do not depend on the order in which concurrent writers stored
    /// the batches (evidence ties are broken by edge id, which does).
    static let writerQueries: [[String]] = [
        ["stats"], ["entities", "--top", "30"], ["neighbors", "Russia", "--limit", "200"], ["neighbors", "Zelensky", "--limit", "200"],
        ["neighbors", "Ukraine", "--depth", "2", "--limit", "100"], ["neighbors", "United States", "--limit", "200"],
    ]

    static func answers(_ db: String) throws -> [String] {
        try queries.map { try answer($0 + ["--json", "--db", db]) }
    }

    /// The sample and dev corpora in two folders, alternate files in each.
    static func halves(in dir: URL) throws -> [URL] {
        let files = try (StoreContent.texts(Fixtures.seeds) + StoreContent.texts(Fixtures.dev)).sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try [0, 1].map { half in
            try StoreContent.folder("half\(half)", in: dir, with: files.enumerated().filter { $0.offset % 2 == half }.map(\.element))
        }
    }

    /// A store of each backend (by `--db` value, SQLite first) named after `name`, each ingested
    /// from the two halves of ``halves(in:)`` and `files`, in one run.
    static func ingested(_ name: String, with files: [URL] = [], in dir: URL) throws -> [String] {
        let paths = try halves(in: dir) + files
        let stores = try Backend.allCases.map { try $0.store(name, in: dir) }
        for db in stores { try StoreContent.graphtool(["ingest"] + paths.map(\.path) + ["--db", db]) }
        return stores
    }

    @Test("every query answers on PostgreSQL as on SQLite")
    func sameAnswers() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stores = try Self.ingested("same_answers", in: dir)
        let answers = try stores.map(Self.answers)
        #expect(answers[0].count == Self.queries.count)
        for (query, (sqlite, postgres)) in zip(Self.queries, zip(answers[0], answers[1])) {
            #expect(sqlite == postgres, "graphtool \(query.joined(separator: " ")) differs")
        }
        #expect(answers[0][0].contains("\"documents\":23"))  // one of the 24 files repeats another's text
    }

    @Test("removing documents and ingesting them again gives the store of one ingest", arguments: Backend.allCases)
    func removeAndIngestAgain(_ backend: Backend) throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let halves = [Fixtures.seeds, Fixtures.dev]
        let compared = [["stats"], ["entities", "--top", "60"], ["neighbors", "Russia", "--limit", "100"], ["lookup", "Zelensky"]]
        func answers(_ db: String) throws -> [String] { try compared.map { try Self.answer($0 + ["--json", "--db", db]) } }
        let first = try backend.store("remove_first", in: dir), both = try backend.store("remove_both", in: dir)
        try StoreContent.graphtool(["ingest", halves[0].path, "--db", first])
        try StoreContent.graphtool(["ingest"] + halves.map(\.path) + ["--db", both])
        let whole = try answers(both)
        let removed = try Self.answer(["remove", halves[1].path, "--json", "--db", both])
        #expect(removed.contains("wikinews_afghan.txt") && removed.contains("\"unmatched\":[]"), "\(removed)")
        #expect(try answers(both) == answers(first))
        try StoreContent.graphtool(["ingest", halves[1].path, "--db", both])
        #expect(try answers(both) == whole)
    }

    @Test("two ingest processes writing at once give the stats and neighbors of one SQLite ingest")
    func twoWriters() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Copies of the corpora, each with a first line of its own, enough for two batches a writer.
        let texts = try StoreContent.texts(Fixtures.seeds) + StoreContent.texts(Fixtures.dev)
        var copies: [[URL]] = [[], []]
        var bytes = 0, copy = 0
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        while bytes < 2_400_000 {
            for text in texts {
                let data = Data("copy \(copy)\n".utf8) + (try Data(contentsOf: text))
                let file = corpus.appendingPathComponent("c\(copy)_\(text.lastPathComponent)")
                try data.write(to: file)
                copies[(copies[0].count + copies[1].count) % 2].append(file)
                bytes += data.count
            }
            copy += 1
        }
        let folders = try copies.enumerated().map { try StoreContent.folder("writer\($0.offset)", in: dir, with: $0.element) }
        let postgres = try Backend.postgres.store("two_writers", in: dir)
        // Both writers start on an empty database: each makes the tables if missing, under the writers' lock.
        let writers = try folders.map { folder in
            let process = Process()
            process.executableURL = Fixtures.graphtool
            process.arguments = ["ingest", folder.path, "--batch-mb", "1", "--db", postgres]
            process.environment = TestCache.environment(nil)
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        for (process, errors) in writers {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "a writer failed: \(message)")
        }
        let sqlite = try Backend.sqlite.store("one_writer", in: dir)
        try StoreContent.graphtool(["ingest"] + folders.map(\.path) + ["--batch-mb", "1", "--db", sqlite])
        for query in Self.writerQueries {
            let one = try Self.answer(query + ["--json", "--db", sqlite]), two = try Self.answer(query + ["--json", "--db", postgres])
            #expect(one == two, "graphtool \(query.joined(separator: " ")) differs")
        }
        #expect(try Self.answer(["stats", "--json", "--db", postgres]).contains("\"documents\":\(copies[0].count + copies[1].count)"))
    }
}
