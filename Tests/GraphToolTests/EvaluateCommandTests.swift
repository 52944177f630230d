import Foundation
import Testing
import TestSupport

/// `graphtool evaluate` end to end, through the built binary.
@Suite("evaluate command")
struct EvaluateCommandTests {
    func evaluate(_ arguments: [String]) throws -> RunResult {
        try run(Fixtures.graphtool, ["evaluate"] + arguments)
    }

    func json(_ output: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] ?? [:]
    }

    func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("scoring PATH gives the figures of scoring extract's jsonl output with --pred", arguments: GoldScore.Corpus.allCases)
    func pathEqualsPredictions(_ corpus: GoldScore.Corpus) throws {
        let direct = try GoldScore.report(corpus: corpus)
        let extracted = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", Fixtures.samples.appendingPathComponent(corpus.rawValue).path])
        let predictions = try write(extracted.stdout, "pred.jsonl", in: Fixtures.temporaryDirectory())
        let saved = try evaluate(["--json", "--gold", Fixtures.gold.appendingPathComponent("\(corpus.rawValue).jsonl").path, "--pred", predictions])
        #expect(saved.status == 0)
        let viaFile = try json(saved.stdout)
        for section in ["mentions", "resolution", "relations"] {
            #expect(NSDictionary(dictionary: direct[section] as? [String: Any] ?? [:]) == NSDictionary(dictionary: viaFile[section] as? [String: Any] ?? [:]), "\(section)")
        }
        let typed = (direct["mentions"] as? [String: Any])?["typed"] as? [String: Any] ?? [:]
        #expect(Set(typed.keys).isSuperset(of: ["p", "r", "f1", "tp", "pred", "gold"]))
        #expect(((direct["mentions"] as? [String: Any])?["per_type"] as? [String: Any])?["PERSON"] != nil)
    }

    @Test("bad input is warned about with file and line, and scoring goes on")
    func badInput() throws {
        let folder = try Fixtures.temporaryDirectory()
        _ = try write("Kyiv is big.", "a.txt", in: folder)
        let gold = try write("""
            {"doc": "a.txt", "entities": [{"start": 0, "end": 4, "text": "Kyiv", "type": "PLACE", "entity": "Kyiv"}]}
            {"doc": "b.txt", "entities": [
            """, "gold.jsonl", in: folder)
        let pred = try write("""
            {"doc": "a.txt", "entities": [{"start": 0, "end": 4, "type": "PLACE", "entity": "Kyiv"}, {"start": 5, "end": 50, "type": "PERSON"}]}
            {"doc": "c.txt", "entities": []}
            """, "pred.jsonl", in: folder)
        let result = try evaluate(["--json", "--gold", gold, "--pred", pred, "--text-dir", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(gold) line 2: not valid JSON"))
        #expect(result.stderr.contains("\(pred) line 1: predicted document a.txt: offsets [5, 50) lie outside the text"))
        #expect(result.stderr.contains("\(pred) line 2: predicted document c.txt is not in the gold"))
        let typed = (try json(result.stdout)["mentions"] as? [String: Any])?["typed"] as? [String: Any]
        #expect(typed?["f1"] as? Double == 1)
    }

    @Test("a missing gold file or PATH stops with a message saying what to give, status 1")
    func missingFiles() throws {
        let noGold = try evaluate(["--gold", "/nonexistent/gold.jsonl", Fixtures.seeds.path])
        #expect(noGold.status == 1)
        #expect(noGold.stderr.contains("/nonexistent/gold.jsonl: no such gold file or folder; give the gold annotations' path with --gold"))
        let noPath = try evaluate(["--gold", Fixtures.gold.appendingPathComponent("seeds.jsonl").path, "/nonexistent/corpus"])
        #expect(noPath.status == 1)
        #expect(noPath.stderr.contains("/nonexistent/corpus: no such input file or folder"))
        let neither = try evaluate(["--gold", Fixtures.gold.appendingPathComponent("seeds.jsonl").path])
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("--pred"))
    }

    @Test("CoNLL gold: graphtool runs on the rebuilt texts; resolution and relations are null")
    func conll() throws {
        let gold = Fixtures.packageRoot.appendingPathComponent("Tests/EvaluationTests/Data/small.conll").path
        let result = try evaluate(["--json", "--gold-format", "conll", "--gold", gold])
        #expect(result.status == 0)
        let report = try json(result.stdout)
        let typed = (report["mentions"] as? [String: Any])?["typed"] as? [String: Any] ?? [:]
        #expect(typed["gold"] as? Int == 6)
        #expect((report["resolution"] as? [String: Any])?["bcubed"] is NSNull)
        #expect((report["relations"] as? [String: Any])?["all"] is NSNull)
        #expect((report["options"] as? [String: Any])?["collapse_org"] as? Bool == true)
    }

    @Test("--errors lists false positives and negatives by kind with the text around them")
    func errors() throws {
        let folder = try Fixtures.temporaryDirectory()
        let text = try write("Montalvo met Joe Biden in Paris.", "m.txt", in: folder)
        let gold = try write("""
            {"doc": "m.txt", "entities": [{"start": 0, "end": 8, "text": "Montalvo", "type": "ORGANIZATION", "entity": "Montalvo"}, {"start": 13, "end": 22, "text": "Joe Biden", "type": "PLACE", "entity": "Joe Biden"}]}
            """, "gold.jsonl", in: folder)
        let result = try evaluate(["--errors", "--gold", gold, text])
        #expect(result.status == 0)
        #expect(result.stdout.contains("== mention false positives"))
        #expect(result.stdout.contains("-- wrong type"))
        #expect(result.stdout.contains("[[Joe Biden]] in Paris."))
        #expect(result.stdout.contains("== relation false negatives (0) =="))
    }
}
