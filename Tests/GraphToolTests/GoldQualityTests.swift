import Foundation
import Testing
import TestSupport

/// Quality regression: `graphtool evaluate` on the sample corpus must stay above the bar.
@Suite("Quality on the sample gold")
struct GoldQualityTests {
    struct Scores {
        var overall: Double
        var perType: [String: Double]
        var resolution: Double
    }

    static func score(_ corpus: GoldScore.Corpus = .seeds) throws -> Scores {
        let json = try GoldScore.report(corpus: corpus)
        let mentions = json["mentions"] as? [String: Any] ?? [:]
        let typed = mentions["typed"] as? [String: Any] ?? [:]
        let perType = mentions["per_type"] as? [String: [String: Any]] ?? [:]
        let bcubed = (json["resolution"] as? [String: Any])?["bcubed"] as? [String: Any] ?? [:]
        return Scores(overall: typed["f1"] as? Double ?? 0,
                      perType: perType.mapValues { $0["f1"] as? Double ?? 0 },
                      resolution: bcubed["f1"] as? Double ?? 0)
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

    @Test("entity resolution across the five documents: B-cubed F1 at least 0.98")
    func resolution() throws {
        let scores = try Self.score()
        #expect(scores.resolution >= 0.98, "B-cubed F1 \(scores.resolution)")
    }

    @Test("on the dev set (news the rules were not first written on): typed F1 at least 0.90, every type at least 0.85, B-cubed at least 0.98")
    func devSet() throws {
        let scores = try Self.score(.dev)
        #expect(scores.overall >= 0.90, "overall typed F1 \(scores.overall)")
        for type in ["PERSON", "PLACE", "ORGANIZATION", "COMPANY"] {
            let f1 = scores.perType[type] ?? 0
            #expect(f1 >= 0.85, "\(type) F1 \(f1)")
        }
        #expect(scores.resolution >= 0.98, "B-cubed F1 \(scores.resolution)")
    }
}
