/// What to score and how.
public struct EvaluationOptions: Sendable, Equatable {
    public var scheme: TypeScheme
    /// Whether B³ entity resolution is scored (CoNLL gold has no canonical names).
    public var scoresResolution: Bool
    /// Whether relations are scored (CoNLL gold has none).
    public var scoresRelations: Bool

    public init(scheme: TypeScheme, scoresResolution: Bool = true, scoresRelations: Bool = true) {
        self.scheme = scheme
        self.scoresResolution = scoresResolution
        self.scoresRelations = scoresRelations
    }
}

/// Every figure of one evaluation, the errors behind them and the warnings met.
public struct EvaluationReport: Sendable, Equatable {
    /// The gold documents scored.
    public var documents: Int
    public var options: EvaluationOptions
    public var mentions: MentionScores
    /// nil when not scored.
    public var resolution: BCubedScore?
    /// nil when not scored.
    public var relations: RelationScores?
    public var errors: ErrorList
    public var warnings: [Diagnostic]
}

/// Scores predictions against gold, document by document, with the semantics of the project's
/// reference scorer.
///
/// Documents are paired on their key (``DocumentKey``). A gold document without predictions is
/// scored as empty and a predicted document without gold is ignored; both are warned about. Entity
/// clusters for B³ are global across documents (the same canonical name is the same entity).
/// `--types` filtering does not apply to relations.
public enum Evaluator {
    public static func evaluate(gold: AnnotationSet, predicted: AnnotationSet, options: EvaluationOptions) -> EvaluationReport {
        var warnings: [Diagnostic] = []
        for document in predicted.documents where gold.document(forKey: document.key) == nil {
            warnings.append(Diagnostic("predicted document \(document.name) is not in the gold; ignored", at: document.location))
        }
        var mentions = MentionScores()
        var errors = ErrorList()
        var pairs: [(gold: String, predicted: String)] = []
        var votes: [(predicted: String, gold: String)] = []
        var goldOrder: [String] = []
        var relationDocuments: [(key: String, gold: [RelationAnnotation], predicted: [RelationAnnotation])] = []
        for document in gold.documents {
            let prediction = predicted.document(forKey: document.key)
            if prediction == nil {
                warnings.append(Diagnostic("gold document \(document.name) has no prediction; scored as empty", at: document.location))
            }
            let matching = MentionMatching(document: document.key, gold: document.entities, predicted: prediction?.entities ?? [],
                                           scheme: options.scheme)
            warnings += matching.warnings
            mentions.add(matching.scores)
            errors.mentionFalsePositives += matching.falsePositives
            errors.mentionFalseNegatives += matching.falseNegatives
            pairs += matching.resolutionPairs
            votes += matching.votes
            goldOrder += matching.goldCanonicals
            relationDocuments.append((document.key, document.relations, prediction?.relations ?? []))
        }
        var relations: RelationScores?
        if options.scoresRelations {
            let matching = RelationMatching(documents: relationDocuments, mapping: CanonicalMapping(votes: votes, goldOrder: goldOrder))
            relations = matching.scores
            errors.relationFalsePositives = matching.falsePositives
            errors.relationFalseNegatives = matching.falseNegatives
        }
        return EvaluationReport(documents: gold.documents.count, options: options, mentions: mentions,
                                resolution: options.scoresResolution ? BCubedScore(pairs: pairs) : nil,
                                relations: relations, errors: errors, warnings: warnings)
    }
}
