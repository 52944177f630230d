import Foundation
import Testing
import TestSupport

/// Quality regression: the shared scorer on the sample corpus must stay above the bar.
@Suite("Quality on the shared gold")
struct GoldQualityTests {
    struct Scores {
        var overall: Double
        var perType: [String: Double]
    }

    static func score() throws -> Scores {
        let extracted = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", Fixtures.seeds.path])
        #expect(extracted.status == 0, "extract failed: \(extracted.stderr)")
        let predictions = try Fixtures.temporaryDirectory().appendingPathComponent("pred.jsonl")
        try extracted.stdout.write(to: predictions, atomically: true, encoding: .utf8)
        let scored = try run(URL(fileURLWithPath: "/usr/bin/env"), [
            "python3", Fixtures.shared.appendingPathComponent("eval/score.py").path,
            "--gold", Fixtures.shared.appendingPathComponent("gold/seeds.jsonl").path,
            "--pred", predictions.path, "--json",
        ])
        #expect(scored.status == 0, "score.py failed: \(scored.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any] ?? [:]
        let typed = json["mentions_typed"] as? [String: Any] ?? [:]
        let perType = json["mentions_typed_per_type"] as? [String: [String: Any]] ?? [:]
        return Scores(overall: typed["f1"] as? Double ?? 0,
                      perType: perType.mapValues { $0["f1"] as? Double ?? 0 })
    }

    @Test("typed mention F1 is at least 0.90 overall and 0.85 for every type")
    func typedMentions() throws {
        let scores = try Self.score()
        #expect(scores.overall >= 0.90, "overall typed F1 \(scores.overall)")
        for type in ["PERSON", "PLACE", "ORGANIZATION", "COMPANY"] {
            let f1 = scores.perType[type] ?? 0
            #expect(f1 >= 0.85, "\(type) F1 \(f1)")
        }
    }
}
