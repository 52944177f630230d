import Foundation
import Testing
import TestSupport

/// The Spark recipe (Scripts/spark/extract.py) in Spark's `local[2]` mode on the sample
/// collection: its part files, stored by `ingest --analyses`, make the store that ingest of the
/// collection makes. Needs Java 17 and PySpark, which Scripts/spark/setup.sh installs (run by
/// Scripts/test.sh); without them the test fails saying so.
@Suite("extraction on Spark")
struct SparkExtractTests {
    @Test("extract.py on Spark local[2] over two partitions, then ingest --analyses of its part files, makes the store ingest makes")
    func sameStore() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let collection = IngestAnalysesTests.collection
        let output = dir.appendingPathComponent("analyses")
        let script = Fixtures.packageRoot.appendingPathComponent("Scripts/spark/extract.py").path
        // Standard error joins standard output, so that a long Spark log cannot fill a pipe nobody reads.
        let spark = try run(URL(fileURLWithPath: "/bin/sh"), [
            "-c", "python3 \"$@\" 2>&1", "sh", script, "--master", "local[2]", "--graphtool", Fixtures.graphtool.path,
            "--partitions", "2", collection.path, output.path,
        ])
        let log = spark.stdout.split(separator: "\n").suffix(20).joined(separator: "\n")
        try #require(spark.status != 2, "Spark cannot be started here, so the recipe did not run (bash Scripts/spark/setup.sh installs Java 17 and PySpark):\n\(log)")
        try #require(spark.status == 0, "\(log)")
        #expect(spark.stdout.contains("spark-extract: \(output.path): 5 analyses in 2 part files"), "\(log)")
        let parts = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix("part-") }.sorted()
        #expect(parts == ["part-00000", "part-00001"])
        for part in parts {
            #expect(try String(contentsOf: output.appendingPathComponent(part), encoding: .utf8).contains("\"version\": 1"), "\(part) is empty")
        }
        let plain = dir.appendingPathComponent("plain.sqlite"), analysed = dir.appendingPathComponent("spark.sqlite")
        try StoreContent.graphtool(["ingest", collection.path, "--db", plain.path])
        try StoreContent.graphtool(["ingest", "--analyses", output.path, "--db", analysed.path])
        let expected = try IngestAnalysesTests.queries(plain)
        #expect(expected.count > 100)
        #expect(try IngestAnalysesTests.queries(analysed) == expected)
    }
}
