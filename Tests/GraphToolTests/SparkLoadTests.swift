import Foundation
import Testing
import TestSupport

/// The Spark recipe storing from its executors (`Scripts/spark/extract.py --db postgresql://…`):
/// each partition's extract output goes into an `ingest --analyses -` on the executor. Serialised
/// with the other PostgreSQL tests, one of which restarts the server. Needs Java 17 and PySpark
/// (Scripts/spark/setup.sh) and PostgreSQL 15 (Scripts/setup.sh); without them the test fails
/// saying so.
extension PostgresStoreTests {
    @Test("extract.py --db on Spark local[2]: two executors' ingest processes give the stats, entities and neighbors of one SQLite ingest, and a second run changes nothing")
    func sparkLoadsPostgres() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let collection = IngestAnalysesTests.collection
        let postgres = try PostgresServer.database("spark_load")
        func spark() throws -> String {
            let result = try SparkExtractTests.recipe(["--db", postgres])
            try #require(result.status == 0, "the Spark recipe failed (bash Scripts/spark/setup.sh installs Java 17 and PySpark):\n\(result.log)")
            return result.log
        }
        let first = try spark()
        #expect(first.contains("\(postgres): 5 analyses from 2 partitions stored by 2 ingest processes: 5 new, 0 replaced, 0 unchanged"), "\(first)")
        let plain = dir.appendingPathComponent("plain.sqlite").path
        try StoreContent.graphtool(["ingest", collection.path, "--db", plain])
        func answers(_ db: String) throws -> [String] { try Self.writerQueries.map { try Self.answer($0 + ["--json", "--db", db]) } }
        let expected = try answers(plain)
        #expect(try answers(postgres) == expected)

        let second = try spark()
        #expect(second.contains("5 analyses from 2 partitions stored by 2 ingest processes: 0 new, 0 replaced, 5 unchanged"), "\(second)")
        #expect(try answers(postgres) == expected)
    }
}
