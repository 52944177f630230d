import Foundation
import Testing
import TestSupport

/// `extract --format jsonl` relations end to end, and their quality on the shared gold.
@Suite("relations in jsonl")
struct RelationsTests {
    func relations(_ input: String, _ extra: [String] = []) throws -> [[String: Any]] {
        let result = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", "-"] + extra, input: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let line = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
        return line["relations"] as? [[String: Any]] ?? []
    }

    @Test("relations name canonical entities, the lemma, negation, the sentence in code points and the rule")
    func fields() throws {
        let text = "Ça va. Exxon Mobil said it would not exit Venezuela."
        let found = try relations(text)
        #expect(found.count == 1)
        let relation = try #require(found.first)
        #expect(relation["subject"] as? String == "Exxon Mobil")
        #expect(relation["predicate"] as? String == "exit")
        #expect(relation["object"] as? String == "Venezuela")
        #expect(relation["negated"] as? Bool == true)
        #expect(relation["sentence"] as? [Int] == [7, 52])
        #expect(relation["rule"] as? String == "reported+svo")
    }

    @Test("--no-actions leaves relations empty")
    func off() throws {
        #expect(try relations("Norway has invaded Sweden.", ["--no-actions"]).isEmpty)
        #expect(try relations("Norway has invaded Sweden.").count == 1)
    }

    @Test("relations on the shared gold: precision at least 0.95, core recall at least 0.78")
    func gold() throws {
        try expectRelations(.seeds, precision: 0.95, coreRecall: 0.78)
    }

    @Test("relations on the dev set: precision at least 0.85, core recall at least 0.62")
    func dev() throws {
        try expectRelations(.dev, precision: 0.85, coreRecall: 0.62)
    }

    func expectRelations(_ corpus: GoldScore.Corpus, precision: Double, coreRecall: Double) throws {
        let json = try GoldScore.report(corpus: corpus)
        let relations = json["relations"] as? [String: Any] ?? [:]
        let all = relations["all"] as? [String: Any] ?? [:]
        let core = relations["core"] as? [String: Any] ?? [:]
        #expect(all["p"] as? Double ?? 0 >= precision, "\(corpus) relation precision \(all)")
        #expect(core["r"] as? Double ?? 0 >= coreRecall, "\(corpus) core relation recall \(core)")
    }
}
