import Foundation

/// The shared scorer's JSON report for `graphtool extract --format jsonl` on the sample corpus.
public enum GoldScore {
    /// Extracts the sample corpus with the built binary and scores it with `../shared/eval/score.py --json`.
    public static func report() throws -> [String: Any] {
        let extracted = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", Fixtures.seeds.path])
        guard extracted.status == 0 else { throw Failure(message: "extract failed: \(extracted.stderr)") }
        let predictions = try Fixtures.temporaryDirectory().appendingPathComponent("pred.jsonl")
        try extracted.stdout.write(to: predictions, atomically: true, encoding: .utf8)
        let scored = try run(URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py").path,
            "--gold", Fixtures.gold.appendingPathComponent("seeds.jsonl").path,
            "--pred", predictions.path, "--json",
        ])
        guard scored.status == 0 else { throw Failure(message: "score.py failed: \(scored.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// Extracting or scoring failed.
    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
