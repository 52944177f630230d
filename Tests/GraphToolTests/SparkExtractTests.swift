import Foundation
import Testing
import TestSupport

/// The Spark recipe (Scripts/spark/extract.py) in Spark's `local[2]` mode on the sample
/// collection: its part files, stored by `ingest --analyses`, make the store that ingest of the
/// collection makes. Needs Java 17 and PySpark, which Scripts/spark/setup.sh installs (run by
/// Scripts/test.sh); without them the test fails saying so.
@Suite("extraction on Spark")
struct SparkExtractTests {
    /// Runs the recipe in `local[2]` mode over two partitions of the sample collection, `arguments`
    /// after it (the output folder, or `--db URL`); returns its exit status, its output (standard
    /// error joined, so that a long Spark log cannot fill a pipe nobody reads) and the last 20 lines
    /// of it for messages.
    static func recipe(_ arguments: [String]) throws -> (status: Int32, output: String, log: String) {
        let script = Fixtures.packageRoot.appendingPathComponent("Scripts/spark/extract.py").path
        let result = try run(URL(fileURLWithPath: "/bin/sh"), [
            "-c", "python3 \"$@\" 2>&1", "sh", script, "--master", "local[2]", "--graphtool", Fixtures.graphtool.path, "--partitions", "2",
            IngestAnalysesTests.collection.path,
        ] + arguments)
        return (result.status, result.stdout, result.stdout.split(separator: "\n").suffix(20).joined(separator: "\n"))
    }

    @Test("extract.py on Spark local[2] over two partitions, then ingest --analyses of its part files, makes the store ingest makes")
    func sameStore() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let collection = IngestAnalysesTests.collection
        let output = dir.appendingPathComponent("analyses")
        let spark = try Self.recipe([output.path])
        let log = spark.log
        try #require(spark.status != 2, "Spark cannot be started here, so the recipe did not run (bash Scripts/spark/setup.sh installs Java 17 and PySpark):\n\(log)")
        try #require(spark.status == 0, "\(log)")
        #expect(spark.output.contains("spark-extract: \(output.path): 5 analyses in 2 part files"), "\(log)")
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
