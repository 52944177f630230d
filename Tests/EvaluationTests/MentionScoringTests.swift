import Evaluation
import Testing

/// Mention scoring on hand-built documents.
@Suite("Mention scoring")
struct MentionScoringTests {
    static func mention(_ start: Int, _ end: Int, _ type: String, _ entity: String = "X", alt: [String] = []) -> EntityAnnotation {
        EntityAnnotation(start: start, end: end, type: type, altTypes: alt, entity: entity)
    }

    static func evaluate(gold: [EntityAnnotation], predicted: [EntityAnnotation], collapse: Bool = false, types: [String]? = nil) throws -> EvaluationReport {
        Evaluator.evaluate(gold: AnnotationSet(documents: [DocumentAnnotation(name: "a.txt", entities: gold)]),
                           predicted: AnnotationSet(documents: [DocumentAnnotation(name: "a", entities: predicted)]),
                           options: EvaluationOptions(scheme: try TypeScheme(collapsesOrganizations: collapse, types: types)))
    }

    @Test("a type in alt_types is accepted; per type, P counts by predicted type and R by gold type")
    func altTypes() throws {
        let report = try Self.evaluate(gold: [Self.mention(0, 2, "COMPANY", alt: ["ORGANIZATION"])],
                                       predicted: [Self.mention(0, 2, "ORGANIZATION")])
        #expect(report.mentions.typed == Score(tp: 1, predicted: 1, gold: 1))
        #expect(report.mentions.perType["ORGANIZATION"] == Score(tp: 1, tpGold: 0, predicted: 1, gold: 0))
        #expect(report.mentions.perType["COMPANY"] == Score(tp: 0, tpGold: 1, predicted: 0, gold: 1))
        #expect(report.mentions.perType["ORGANIZATION"]?.recall == nil)
    }

    @Test("duplicate predictions count once; a second acceptable type on a matched span is a wrong-type false positive")
    func duplicates() throws {
        let report = try Self.evaluate(gold: [Self.mention(0, 2, "COMPANY", alt: ["ORGANIZATION"]), Self.mention(0, 2, "PLACE")],
                                       predicted: [Self.mention(0, 2, "COMPANY"), Self.mention(0, 2, "COMPANY"), Self.mention(0, 2, "ORGANIZATION")])
        #expect(report.mentions.typed == Score(tp: 1, predicted: 2, gold: 1))
        #expect(report.mentions.untyped == Score(tp: 1, predicted: 1, gold: 1))
        #expect(report.errors.mentionFalsePositives.map(\.kind) == [.wrongType])
        #expect(report.warnings.contains { $0.message.contains("duplicate span [0, 2)") })
    }

    @Test("false positives and negatives are classified as wrong type, boundary, spurious or missed")
    func errorKinds() throws {
        let report = try Self.evaluate(
            gold: [Self.mention(0, 5, "PERSON"), Self.mention(10, 20, "PLACE"), Self.mention(30, 35, "PLACE")],
            predicted: [Self.mention(0, 5, "PLACE"), Self.mention(10, 15, "PLACE"), Self.mention(40, 45, "COMPANY")])
        #expect(report.errors.mentionFalsePositives.map(\.kind) == [.wrongType, .boundary, .spurious])
        #expect(report.errors.mentionFalseNegatives.map(\.kind) == [.wrongType, .boundary, .missed])
        #expect(report.errors.mentionFalseNegatives[0].detail == "predicted as PLACE")
    }

    @Test("with --types, a prediction matching a gold mention of an unscored type is ignored, not an error")
    func typesFilter() throws {
        let gold = [Self.mention(0, 5, "ORGANIZATION", alt: ["PLACE"]), Self.mention(10, 15, "PLACE")]
        let report = try Self.evaluate(gold: gold, predicted: [Self.mention(0, 5, "PLACE"), Self.mention(10, 15, "PLACE")], types: ["PLACE"])
        #expect(report.mentions.typed == Score(tp: 1, predicted: 1, gold: 1))
        #expect(report.mentions.untyped == Score(tp: 1, predicted: 1, gold: 1))
        #expect(throws: EvaluationError.unknownType("MISC")) { try TypeScheme(types: ["MISC"]) }
    }

    @Test("--collapse-org scores COMPANY and ORGANIZATION as one type")
    func collapse() throws {
        let report = try Self.evaluate(gold: [Self.mention(0, 5, "ORGANIZATION")], predicted: [Self.mention(0, 5, "COMPANY")], collapse: true)
        #expect(report.mentions.typed.f1 == 1)
        #expect(Array(report.mentions.perType.keys) == ["ORGANIZATION"])
    }

    @Test("without predictions P is undefined and F1 is 0; with neither side every figure is undefined")
    func undefined() throws {
        let report = try Self.evaluate(gold: [Self.mention(0, 5, "PERSON")], predicted: [])
        #expect(report.mentions.typed.precision == nil)
        #expect(report.mentions.typed.recall == 0)
        #expect(report.mentions.typed.f1 == 0)
        let empty = try Self.evaluate(gold: [], predicted: [])
        #expect(empty.mentions.typed.f1 == nil)
        #expect(empty.resolution?.f1 == nil)
        #expect(empty.relations?.all.precision == nil)
    }
}
