import Evaluation
import Foundation
import Testing
import TestSupport

/// The scores of fixed prediction files (`Data/*-pred.jsonl`, made by `graphtool extract --format
/// jsonl` on the sample and dev corpora) equal the project's reference scorer's to three decimals.
@Suite("Equivalence with the reference scorer")
struct ReferenceEquivalenceTests {
    /// The reference scorer's figures, as (P, R, F1).
    struct Reference: Sendable, CustomTestStringConvertible {
        var corpus: String
        var arguments: [String]
        var typed: [Double?]
        var untyped: [Double?]
        var perType: [String: [Double?]]
        var bcubed: [Double?]
        var relations: [Double?]
        var core: [Double?]

        var testDescription: String { ([corpus] + arguments).joined(separator: " ") }

        var scheme: TypeScheme {
            get throws {
                let types = arguments.firstIndex(of: "--types").map { arguments[$0 + 1].split(separator: ",").map(String.init) }
                return try TypeScheme(collapsesOrganizations: arguments.contains("--collapse-org"), types: types)
            }
        }
    }

    static let references: [Reference] = [
        Reference(corpus: "seeds", arguments: [],
                  typed: [1.000, 1.000, 1.000], untyped: [1.000, 1.000, 1.000],
                  perType: ["COMPANY": [1.000, 1.000, 1.000], "ORGANIZATION": [1.000, 1.000, 1.000], "PERSON": [1.000, 1.000, 1.000], "PLACE": [1.000, 1.000, 1.000]],
                  bcubed: [1.000, 0.996, 0.998], relations: [1.000, 0.407, 0.578], core: [1.000, 0.756, 0.861]),
        Reference(corpus: "seeds", arguments: ["--collapse-org"],
                  typed: [1.000, 1.000, 1.000], untyped: [1.000, 1.000, 1.000],
                  perType: ["ORGANIZATION": [1.000, 1.000, 1.000], "PERSON": [1.000, 1.000, 1.000], "PLACE": [1.000, 1.000, 1.000]],
                  bcubed: [1.000, 0.996, 0.998], relations: [1.000, 0.407, 0.578], core: [1.000, 0.756, 0.861]),
        Reference(corpus: "seeds", arguments: ["--types", "PERSON,PLACE"],
                  typed: [1.000, 1.000, 1.000], untyped: [1.000, 1.000, 1.000],
                  perType: ["PERSON": [1.000, 1.000, 1.000], "PLACE": [1.000, 1.000, 1.000]],
                  bcubed: [1.000, 1.000, 1.000], relations: [1.000, 0.407, 0.578], core: [1.000, 0.756, 0.861]),
        Reference(corpus: "dev", arguments: [],
                  typed: [0.787, 0.726, 0.755], untyped: [0.828, 0.764, 0.794],
                  perType: ["COMPANY": [0.844, 0.590, 0.694], "ORGANIZATION": [0.822, 0.670, 0.738], "PERSON": [0.760, 0.729, 0.744], "PLACE": [0.788, 0.807, 0.798]],
                  bcubed: [0.986, 0.968, 0.977], relations: [0.400, 0.076, 0.128], core: [0.400, 0.143, 0.211]),
        Reference(corpus: "dev", arguments: ["--collapse-org"],
                  typed: [0.787, 0.726, 0.755], untyped: [0.828, 0.764, 0.794],
                  perType: ["ORGANIZATION": [0.825, 0.661, 0.734], "PERSON": [0.760, 0.729, 0.744], "PLACE": [0.788, 0.807, 0.798]],
                  bcubed: [0.986, 0.968, 0.977], relations: [0.400, 0.076, 0.128], core: [0.400, 0.143, 0.211]),
        Reference(corpus: "dev", arguments: ["--types", "PERSON,PLACE"],
                  typed: [0.757, 0.758, 0.757], untyped: [0.815, 0.815, 0.815],
                  perType: ["PERSON": [0.760, 0.729, 0.744], "PLACE": [0.753, 0.795, 0.773]],
                  bcubed: [0.989, 0.970, 0.980], relations: [0.400, 0.076, 0.128], core: [0.400, 0.143, 0.211]),
    ]

    static func report(_ reference: Reference) throws -> EvaluationReport {
        let gold = try JSONLReader.read(path: Fixtures.gold.appendingPathComponent("\(reference.corpus).jsonl").path, role: "gold")
        let predicted = try JSONLReader.read(path: EvaluationData.path("\(reference.corpus)-pred.jsonl"), role: "predictions")
        return Evaluator.evaluate(gold: gold, predicted: predicted, options: EvaluationOptions(scheme: try reference.scheme))
    }

    static func expectFigures(_ actual: [Double?], _ expected: [Double?], _ what: String) {
        #expect(actual.count == expected.count)
        for (name, (a, e)) in zip(["P", "R", "F1"], zip(actual, expected)) {
            #expect(a.map { ($0 * 1000).rounded() / 1000 } == e, "\(what) \(name): \(String(describing: a)), reference \(String(describing: e))")
        }
    }

    @Test("mention, B³ and relation figures equal the reference scorer's to three decimals", arguments: references)
    func figures(_ reference: Reference) throws {
        let report = try Self.report(reference)
        let figures = { (s: Score) in [s.precision, s.recall, s.f1] }
        Self.expectFigures(figures(report.mentions.typed), reference.typed, "typed")
        Self.expectFigures(figures(report.mentions.untyped), reference.untyped, "untyped")
        #expect(Set(report.mentions.perType.keys) == Set(reference.perType.keys))
        for (type, expected) in reference.perType {
            Self.expectFigures(report.mentions.perType[type].map(figures) ?? [], expected, type)
        }
        let b = try #require(report.resolution)
        Self.expectFigures([b.precision, b.recall, b.f1], reference.bcubed, "B³")
        let relations = try #require(report.relations)
        Self.expectFigures(figures(relations.all), reference.relations, "relations")
        Self.expectFigures(figures(relations.core), reference.core, "core relations")
    }
}
