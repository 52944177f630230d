/// Relation scores: all gold relations, and core ones (neither nominal nor indirect).
public struct RelationScores: Sendable, Equatable {
    public var all = Score()
    /// Precision as for ``all``; recall over core gold relations only.
    public var core = Score()
    /// Predicted canonicals used in relations that map to no gold canonical, sorted.
    public var unmappedCanonicals: [String] = []

    public init() {}
}

/// Matches predicted relations to gold ones, one to one, document by document.
///
/// Predictions are de-duplicated on (subject, predicate, object, negated). A prediction matches the
/// first unused gold relation of its document whose subject and object are the mapped predicted
/// ones, whose predicate or one of its `alt_predicates` equals the predicted predicate (lower-cased,
/// whitespace-normalized), and whose negation is the same.
struct RelationMatching {
    var scores = RelationScores()
    var falsePositives: [RelationError] = []
    var falseNegatives: [RelationError] = []

    private struct Gold {
        var subject: String
        var object: String
        var predicates: Set<String>
        var negated: Bool
        var relation: RelationAnnotation
        var used = false
    }

    private struct Signature: Hashable {
        var subject: String
        var predicate: String
        var object: String
        var negated: Bool
    }

    init(documents: [(key: String, gold: [RelationAnnotation], predicted: [RelationAnnotation])], mapping: CanonicalMapping) {
        var coreTruePositives = 0, coreGold = 0
        var usedCanonicals: Set<String> = []
        for (key, goldRelations, predictedRelations) in documents {
            var gold = goldRelations.map {
                Gold(subject: Normalized.whitespace($0.subject), object: Normalized.whitespace($0.object),
                     predicates: Set(([$0.predicate] + $0.altPredicates).map(Normalized.predicate)), negated: $0.negated, relation: $0)
            }
            scores.all.gold += gold.count
            coreGold += gold.filter(\.relation.isCore).count
            var seen: Set<Signature> = []
            for r in predictedRelations {
                let signature = Signature(subject: Normalized.whitespace(r.subject), predicate: Normalized.predicate(r.predicate),
                                          object: Normalized.whitespace(r.object), negated: r.negated)
                usedCanonicals.insert(signature.subject)
                usedCanonicals.insert(signature.object)
                guard seen.insert(signature).inserted else { continue }
                scores.all.predicted += 1
                let subject = mapping[signature.subject], object = mapping[signature.object]
                if let subject, let object, let hit = gold.firstIndex(where: {
                    !$0.used && $0.subject == subject && $0.object == object && $0.predicates.contains(signature.predicate) && $0.negated == signature.negated
                }) {
                    gold[hit].used = true
                    scores.all.tp += 1
                } else {
                    falsePositives.append(RelationError(document: key, relation: r, mappedSubject: subject, mappedObject: object))
                }
            }
            for g in gold {
                if !g.used {
                    falseNegatives.append(RelationError(document: key, relation: g.relation))
                } else if g.relation.isCore {
                    coreTruePositives += 1
                }
            }
        }
        scores.all.tpGold = scores.all.tp
        scores.core = Score(tp: scores.all.tp, tpGold: coreTruePositives, predicted: scores.all.predicted, gold: coreGold)
        scores.unmappedCanonicals = usedCanonicals.filter { mapping[$0] == nil }.sorted()
    }
}
