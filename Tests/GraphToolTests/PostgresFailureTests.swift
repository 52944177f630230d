import Foundation
import Testing
import TestSupport

/// The failures a user of a PostgreSQL store can meet, each reported with what to do.
extension PostgresStoreTests {
    /// Runs graphtool, expecting it to fail; returns its standard error.
    static func failure(_ arguments: [String]) throws -> String {
        let result = try run(Fixtures.graphtool, arguments)
        #expect(result.status == 1, "graphtool \(arguments.joined(separator: " ")) should fail: \(result.stdout)")
        return result.stderr
    }

    /// A port of 127.0.0.1 nothing listens on.
    static func closedPort() throws -> Int {
        let result = try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c",
            "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"])
        return Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 9
    }

    @Test("an unreachable server is named, with what to do")
    func unreachable() throws {
        let port = try Self.closedPort()
        let message = try Self.failure(["stats", "--db", "postgresql://postgres@127.0.0.1:\(port)/graphtool"])
        #expect(message.contains("cannot reach the PostgreSQL server at 127.0.0.1:\(port)"), "\(message)")
        #expect(message.contains("check that it is running"))
    }

    @Test("a user the server does not know, and a database it does not have, are named")
    func credentials() throws {
        let url = try PostgresServer.database("credentials")
        let user = try Self.failure(["ingest", Fixtures.seeds.path, "--db", url.replacingOccurrences(of: "postgres@", with: "nobody:secret@")])
        #expect(user.contains("PostgreSQL refused user “nobody”"), "\(user)")
        #expect(!user.contains("secret"))
        let database = try Self.failure(["stats", "--db", url.replacingOccurrences(of: "/credentials", with: "/no_such_db")])
        #expect(database.contains("has no database “no_such_db”"), "\(database)")
        let empty = try Self.failure(["stats", "--db", url])
        #expect(empty.contains("no graph store at postgresql://postgres@"), "\(empty)")
    }

    @Test("a store written by a newer graphtool is refused, for reading and for writing")
    func newerSchema() throws {
        let url = try PostgresServer.database("newer_schema")
        try StoreContent.graphtool(["ingest", Fixtures.seeds.path, "--db", url])
        try PostgresServer.sql(url, "UPDATE graphtool_schema SET version = version + 1")
        for arguments in [["stats"], ["ingest", Fixtures.dev.path]] {
            let message = try Self.failure(arguments + ["--db", url])
            #expect(message.contains("written by a newer graphtool (PostgreSQL schema version 2"), "\(message)")
        }
        #expect(try PostgresServer.sql(url, "SELECT count(*) FROM documents") == "5")
    }

    @Test("a server restarted mid-ingest stops it with a clear error and no half batch; running it again finishes")
    func restartMidIngest() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let texts = try StoreContent.texts(Fixtures.seeds) + StoreContent.texts(Fixtures.dev)
        var files: [URL] = []
        var bytes = 0, copy = 0
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        while bytes < 4_000_000 {
            for text in texts {
                let data = Data("copy \(copy)\n".utf8) + (try Data(contentsOf: text))
                files.append(corpus.appendingPathComponent("c\(copy)_\(text.lastPathComponent)"))
                try data.write(to: files.last!)
                bytes += data.count
            }
            copy += 1
        }
        let url = try PostgresServer.database("restart")
        let process = Process()
        process.executableURL = Fixtures.graphtool
        process.arguments = ["ingest", corpus.path, "--batch-mb", "1", "--db", url]
        process.environment = TestCache.environment(nil)
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Once the first batch is in, the server goes down and comes back.
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning, Date() < deadline, (try? PostgresServer.sql(url, "SELECT count(*) FROM documents")).flatMap(Int.init) ?? 0 == 0 {
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(process.isRunning, "the ingest finished before the restart: the corpus is too small to test it")
        try PostgresServer.restart()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("PostgreSQL server"), "\(message)")
        #expect(message.contains("resumes where it stopped"), "\(message)")
        // Every stored document is whole: it has its postings, and every entity it names is counted.
        let stored = Int(try PostgresServer.sql(url, "SELECT count(*) FROM documents")) ?? 0
        #expect(stored > 0 && stored < files.count)
        #expect(try PostgresServer.sql(url, "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_entities WHERE doc_id = d.id)") == "0")
        #expect(try PostgresServer.sql(url, "SELECT count(*) FROM entities WHERE mentions = 0") == "0")
        let again = try Self.answer(["ingest", corpus.path, "--batch-mb", "1", "--db", url, "--json"])
        #expect(again.contains("\"unchanged\":\(stored)"), "\(again)")
        let sqlite = dir.appendingPathComponent("one.sqlite").path
        try StoreContent.graphtool(["ingest", corpus.path, "--batch-mb", "1", "--db", sqlite])
        #expect(try Self.answer(["stats", "--json", "--db", url]) == Self.answer(["stats", "--json", "--db", sqlite]))
    }
}
