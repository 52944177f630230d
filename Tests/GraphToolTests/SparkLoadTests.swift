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
        let script = Fixtures.packageRoot.appendingPathComponent("Scripts/spark/extract.py").path
        func spark() throws -> String {
            // Standard error joins standard output, so that a long Spark log cannot fill a pipe nobody reads.
            let result = try run(URL(fileURLWithPath: "/bin/sh"), [
                "-c", "python3 \"$@\" 2>&1", "sh", script, "--master", "local[2]", "--graphtool", Fixtures.graphtool.path,
                "--partitions", "2", "--db", postgres, collection.path,
            ])
            let log = result.stdout.split(separator: "\n").suffix(20).joined(separator: "\n")
            try #require(result.status == 0, "the Spark recipe failed (bash Scripts/spark/setup.sh installs Java 17 and PySpark):\n\(log)")
            return log
        }
        let first = try spark()
        #expect(first.contains("\(postgres): 5 analyses from 2 partitions stored by 2 ingest processes: 5 new, 0 replaced, 0 unchanged"), "\(first)")
        let plain = dir.appendingPathComponent("plain.sqlite").path
        try StoreContent.graphtool(["ingest", collection.path, "--db", plain])
        let expected = try Self.writerQueries.map { try Self.answer($0 + ["--json", "--db", plain]) }
        func answers() throws -> [String] { try Self.writerQueries.map { try Self.answer($0 + ["--json", "--db", postgres]) } }
        #expect(try answers() == expected)

        let second = try spark()
        #expect(second.contains("5 analyses from 2 partitions stored by 2 ingest processes: 0 new, 0 replaced, 5 unchanged"), "\(second)")
        #expect(try answers() == expected)
    }
}
