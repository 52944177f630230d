import Evaluation
import Testing

/// B³, the mapping of predicted canonicals to gold ones, and relation matching.
@Suite("Resolution and relation scoring")
struct ResolutionAndRelationTests {
    @Test("B³ of a split cluster: precision 1, recall averaged over the mentions")
    func bcubed() {
        let b = BCubedScore(pairs: [("Putin", "Putin"), ("Putin", "Vladimir Putin"), ("Kyiv", "Kyiv")])
        #expect(b.precision == 1)
        #expect(b.recall == (0.5 + 0.5 + 1) / 3)
        #expect(b.goldEntities == 2 && b.predictedEntities == 3)
        #expect(BCubedScore(pairs: []).precision == nil)
    }

    @Test("a tie in the canonical vote goes to the gold canonical seen first")
    func tie() {
        let mapping = CanonicalMapping(votes: [("Bush", "George W. Bush"), ("Bush", "George H. W. Bush")],
                                       goldOrder: ["George H. W. Bush", "George W. Bush"])
        #expect(mapping["Bush"] == "George H. W. Bush")
        let majority = CanonicalMapping(votes: [("Bush", "George W. Bush"), ("Bush", "George H. W. Bush"), ("Bush", "George W. Bush")],
                                        goldOrder: ["George H. W. Bush", "George W. Bush"])
        #expect(majority["Bush"] == "George W. Bush")
        #expect(majority["Obama"] == nil)
    }

    static func document(_ entities: [EntityAnnotation], _ relations: [RelationAnnotation]) -> AnnotationSet {
        AnnotationSet(documents: [DocumentAnnotation(name: "d", entities: entities, relations: relations)])
    }

    @Test("relations match through the mapping, on alt_predicates and negation, one to one; core recall counts plain clauses")
    func relations() throws {
        let gold = Self.document(
            [EntityAnnotation(start: 0, end: 6, type: "COMPANY", entity: "Exxon Mobil"), EntityAnnotation(start: 20, end: 26, type: "PLACE", entity: "Russia")],
            [RelationAnnotation(subject: "Exxon Mobil", predicate: "exit", object: "Russia", altPredicates: ["leave"]),
             RelationAnnotation(subject: "Exxon Mobil", predicate: "sell", object: "Russia", negated: true, indirect: true)])
        let predicted = Self.document(
            [EntityAnnotation(start: 0, end: 6, type: "COMPANY", entity: "Exxon"), EntityAnnotation(start: 20, end: 26, type: "PLACE", entity: "Russia")],
            [RelationAnnotation(subject: "Exxon", predicate: " Leave ", object: "Russia"),
             RelationAnnotation(subject: "Exxon", predicate: "leave", object: "Russia"),
             RelationAnnotation(subject: "Exxon", predicate: "exit", object: "Russia"),
             RelationAnnotation(subject: "Exxon", predicate: "sell", object: "Russia"),
             RelationAnnotation(subject: "Shell", predicate: "exit", object: "Russia")])
        let report = Evaluator.evaluate(gold: gold, predicted: predicted, options: EvaluationOptions(scheme: try TypeScheme()))
        let relations = try #require(report.relations)
        #expect(relations.all == Score(tp: 1, predicted: 4, gold: 2))
        #expect(relations.core == Score(tp: 1, tpGold: 1, predicted: 4, gold: 1))
        #expect(relations.unmappedCanonicals == ["Shell"])
        #expect(report.errors.relationFalseNegatives.map(\.relation.predicate) == ["sell"])
        #expect(report.errors.relationFalsePositives.map(\.relation.predicate) == ["exit", "sell", "exit"])
        #expect(report.resolution?.f1 == 1)
    }
}
