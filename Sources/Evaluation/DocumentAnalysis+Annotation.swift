import NER

extension DocumentAnnotation {
    /// The predictions of one analysed document, as `graphtool extract --format jsonl` prints them:
    /// mentions with code-point offsets, types and canonical names, and actions between canonicals.
    public init(_ analysis: DocumentAnalysis, location: SourceLocation? = nil) {
        let sentences = analysis.actions.isEmpty ? [] : analysis.sentenceScalarRanges()
        self.init(
            name: analysis.source.name,
            entities: zip(analysis.mentions, analysis.scalarRanges()).map { mention, range in
                EntityAnnotation(start: range.lowerBound, end: range.upperBound, type: mention.type.rawValue,
                                 entity: mention.entity, text: mention.text, location: location)
            },
            relations: analysis.actions.map { action in
                RelationAnnotation(subject: analysis.mentions[action.subject].entity, predicate: action.predicate,
                                   object: analysis.mentions[action.object].entity, negated: action.negated,
                                   sentence: sentences[action.sentence], location: location)
            },
            location: location)
    }
}
