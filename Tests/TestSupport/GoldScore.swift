import Foundation

/// `graphtool evaluate --json` on a sample corpus and its gold annotations.
public enum GoldScore {
    /// The annotated corpora under `Samples/`.
    public enum Corpus: String, Sendable, CaseIterable {
        /// The five sample articles (`Samples/seeds`, `Samples/gold/seeds.jsonl`).
        case seeds
        /// The eighteen Wikinews articles (`Samples/dev`, `Samples/gold/dev.jsonl`).
        case dev
    }

    /// Runs the built binary's `evaluate --json --gold Samples/gold/CORPUS.jsonl Samples/CORPUS` and
    /// returns its report: `mentions` (`typed`, `untyped`, `per_type`), `resolution.bcubed`,
    /// `relations` (`all`, `core`).
    public static func report(corpus: Corpus = .seeds) throws -> [String: Any] {
        let scored = try run(Fixtures.graphtool, [
            "evaluate", "--json",
            "--gold", Fixtures.gold.appendingPathComponent("\(corpus.rawValue).jsonl").path,
            Fixtures.samples.appendingPathComponent(corpus.rawValue).path,
        ])
        guard scored.status == 0 else { throw Failure(message: "graphtool evaluate failed: \(scored.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// Evaluating failed.
    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
