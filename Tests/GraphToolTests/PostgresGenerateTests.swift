import Foundation
import Testing
import TestSupport

/// `graphtool generate-store` on a PostgreSQL store: the generated graph of a SQLite store.
extension PostgresStoreTests {
    @Test("generate-store makes the same graph on PostgreSQL as on SQLite, and ingest adds to it")
    func sameGenerated() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stores = try Backend.allCases.map { try $0.store("same_generated", in: dir) }
        for db in stores {
            try StoreContent.graphtool(["generate-store", "--entities", "400", "--documents", "60", "--mentions", "3000", "--edges", "2000", "--db", db])
        }
        let compared = [["stats"], ["entities", "--top", "30", "--by", "degree"], ["neighbors", "Entity 1", "--evidence", "--limit", "40"],
                        ["lookup", "Entity 7"], ["path", "Entity 2", "Entity 399"]]
        for query in compared {
            let answers = try stores.map { try Self.answer(query + ["--json", "--db", $0]) }
            #expect(answers[0] == answers[1], "graphtool \(query.joined(separator: " ")) differs")
        }
        #expect(try Self.answer(["stats", "--json", "--db", stores[1]]).contains("\"documents\":60"))
        let exports = try stores.map { try StoreContent.graphtool(["export", "--format", "graphml", "--db", $0]) }
        #expect(exports[0] == exports[1], "the generated graphs export differently")
        for db in stores { try StoreContent.graphtool(["ingest", Fixtures.seeds.path, "--db", db]) }
        let after = try stores.map { db in try [["stats"], ["lookup", "Zelensky"]].map { try Self.answer($0 + ["--json", "--db", db]) } }
        #expect(after[0] == after[1] && after[1][0].contains("\"documents\":65"), "\(after)")
    }
}
