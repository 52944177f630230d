import Evaluation
import Foundation
import Testing

/// Reading gold and predictions: JSONL with bad lines, offsets checked against texts, CoNLL.
@Suite("Reading annotations")
struct ReaderTests {
    @Test("a line that is not JSON, or an entity with bad offsets, is skipped with a message naming file and line")
    func badLines() {
        let text = """
            {"doc": "a.txt", "entities": [{"start": 0, "end": 5, "type": "PERSON", "entity": "Alice"}]}
            {"doc": "b.txt", "entities": [
            {"doc": "c.txt", "entities": [{"start": 4, "end": 2, "type": "PLACE"}, {"start": 0, "end": 1}]}
            {"entities": []}
            """
        let set = JSONLReader.parse(text, file: "gold.jsonl")
        #expect(set.documents.map(\.key) == ["a", "c"])
        #expect(set.documents[1].entities.isEmpty)
        #expect(set.warnings.map(\.description) == [
            "gold.jsonl line 2: not valid JSON; line skipped",
            "gold.jsonl line 3: entity without integer offsets 0 <= start < end skipped: (no text) [4, 2)",
            "gold.jsonl line 3: entity without a \"type\" skipped: (no text) [0, 1)",
            "gold.jsonl line 4: no \"doc\" field naming the document; line skipped",
        ])
    }

    @Test("lines naming the same document are merged; names compare without folders and .txt")
    func merge() {
        let set = JSONLReader.parse("""
            {"doc": "x/a.txt", "entities": [{"start": 0, "end": 1, "type": "PLACE"}]}
            {"doc": "a", "entities": [{"start": 2, "end": 3, "type": "PLACE"}], "relations": [{"subject": "A", "predicate": "meet", "object": "B", "negated": true}]}
            """, file: "p.jsonl")
        #expect(set.documents.count == 1)
        #expect(set.documents[0].entities.map(\.start) == [0, 2])
        #expect(set.documents[0].relations.first?.negated == true)
    }

    @Test("offsets outside the text drop the entity; a text that differs from the offsets is warned about")
    func offsetsOutsideText() {
        var set = JSONLReader.parse("""
            {"doc": "a.txt", "entities": [{"start": 0, "end": 5, "text": "Kyiv!", "type": "PLACE"}, {"start": 8, "end": 40, "type": "PLACE"}]}
            """, file: "pred.jsonl")
        set.checkOffsets(against: DocumentTexts(["a": "Kyiv is big"]), role: "predicted")
        #expect(set.documents[0].entities.count == 1)
        #expect(set.warnings.map(\.description) == [
            "pred.jsonl line 1: predicted document a.txt: [0, 5) says \"Kyiv!\" but the text has \"Kyiv \"",
            "pred.jsonl line 1: predicted document a.txt: offsets [8, 40) lie outside the text (11 code points); entity skipped",
        ])
    }

    @Test("a document on one side only is warned about with its file and line")
    func unpaired() throws {
        let gold = JSONLReader.parse("{\"doc\": \"a.txt\"}\n{\"doc\": \"b.txt\"}", file: "gold.jsonl")
        let predicted = JSONLReader.parse("{\"doc\": \"a.txt\"}\n{\"doc\": \"z.txt\"}", file: "pred.jsonl")
        let report = Evaluator.evaluate(gold: gold, predicted: predicted, options: EvaluationOptions(scheme: try TypeScheme()))
        #expect(report.documents == 2)
        #expect(report.warnings.map(\.description) == [
            "pred.jsonl line 2: predicted document z.txt is not in the gold; ignored",
            "gold.jsonl line 2: gold document b.txt has no prediction; scored as empty",
        ])
    }

    @Test("a missing file is a typed error that says what to give")
    func missingFile() {
        #expect(throws: EvaluationError.missingFile(path: "/nonexistent/gold.jsonl", role: "gold")) {
            try JSONLReader.read(path: "/nonexistent/gold.jsonl", role: "gold")
        }
        #expect(EvaluationError.missingFile(path: "g", role: "gold").description.contains("--gold"))
    }

    @Test("CoNLL: documents split at -DOCSTART-, text rebuilt from tokens, IOB1 and BIO tags, MISC ignored")
    func conll() throws {
        let set = try CoNLLReader.read(path: EvaluationData.path("small.conll"))
        #expect(set.documents.map(\.name) == ["conll-1", "conll-2"])
        #expect(set.texts["conll-1"] == "EU rejects German call .\nPeter Blackburn in London")
        #expect(set.texts["conll-2"] == "John Smith met São Paulo officials")
        let first = set.documents[0].entities.map { "\($0.start)-\($0.end) \($0.type) \($0.text ?? "")" }
        #expect(first == ["0-2 ORGANIZATION EU", "25-40 PERSON Peter Blackburn", "44-50 PLACE London"])
        let second = set.documents[1].entities.map { "\($0.start)-\($0.end) \($0.type) \($0.text ?? "")" }
        #expect(second == ["0-4 PERSON John", "5-10 PERSON Smith", "15-24 PLACE São Paulo"])
        #expect(set.warnings.isEmpty)
        let texts = DocumentTexts(set.texts)
        for document in set.documents {
            for e in document.entities { #expect(texts.text(of: document.key, in: e.span) == e.text) }
        }
    }
}
