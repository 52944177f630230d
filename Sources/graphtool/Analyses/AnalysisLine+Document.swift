import Graph
import NER

extension AnalysisLine {
    /// The document to store: its analysis, stored path and record, with mentions named as
    /// before resolution (ingest resolves them against the store). Checks that every offset lies
    /// in the text, sentences and mentions come in text order and every index names a mention or
    /// sentence.
    func document() throws(AnalysisProblem) -> IngestQueue.Document {
        let source = SourceText(name: doc, text: text)
        var offsets = ByteOffsets(source.bytes)
        var sentenceBytes: [Range<Int>] = []
        for (s, pair) in sentences.enumerated() {
            guard pair.count == 2 else { throw .badValue("sentences[\(s)] is not [start, end]") }
            let range = try Self.range(pair[0], pair[1], of: "sentences[\(s)]", in: &offsets)
            if let last = sentenceBytes.last, last.lowerBound >= range.lowerBound {
                throw .badValue("sentences[\(s)] starts no later than the sentence ahead of it: sentences must be in text order")
            }
            sentenceBytes.append(range)
        }
        var mentions: [Mention] = []
        for (m, entity) in entities.enumerated() {
            let field = "entities[\(m)]"
            let range = try Self.range(entity.start, entity.end, of: field, in: &offsets)
            guard let type = EntityType(rawValue: entity.type) else {
                throw .badValue("\(field).type \(entity.type) is not PERSON, PLACE, ORGANIZATION or COMPANY")
            }
            guard sentenceBytes.indices.contains(entity.sentenceIndex) else { throw .badValue("\(field).sentence_index names no sentence") }
            guard let rule = RuleID(text: entity.rule) else { throw .badValue("\(field).rule \(entity.rule) is no rule of this graphtool") }
            if let last = mentions.last, last.range.lowerBound > range.lowerBound || last.sentence > entity.sentenceIndex {
                throw .badValue("\(field) comes before the mention ahead of it: mentions must be in text order")
            }
            mentions.append(Mention(range: range, tokens: 0..<0, sentence: entity.sentenceIndex, type: type, text: entity.text,
                                    entity: entity.recognized, rule: rule))
        }
        var actions: [Action] = []
        for (a, relation) in relations.enumerated() {
            let field = "relations[\(a)]"
            guard mentions.indices.contains(relation.subjectMention), mentions.indices.contains(relation.objectMention) else {
                throw .badValue("\(field) names a mention the line does not have")
            }
            guard sentenceBytes.indices.contains(relation.sentenceIndex) else { throw .badValue("\(field).sentence_index names no sentence") }
            guard let rule = ActionRuleID(text: relation.rule) else { throw .badValue("\(field).rule \(relation.rule) is no rule of this graphtool") }
            actions.append(Action(subject: relation.subjectMention, predicate: relation.predicate, object: relation.objectMention,
                                  negated: relation.negated, sentence: relation.sentenceIndex, rule: rule))
        }
        let analysis = DocumentAnalysis(source: source, sentenceBytes: sentenceBytes, mentions: mentions, actions: actions)
        let metadata = record ? DocumentRecord(id: id, title: title, date: date, url: url, source: self.source) : nil
        return IngestQueue.Document(.analysis(analysis), path: path, record: metadata)
    }

    /// The byte range of scalar offsets `start..<end`, checked against the text.
    private static func range(_ start: Int, _ end: Int, of field: String, in offsets: inout ByteOffsets) throws(AnalysisProblem) -> Range<Int> {
        guard start <= end, let from = offsets.byteOffset(ofScalar: start), let to = offsets.byteOffset(ofScalar: end) else {
            throw .badValue("\(field) [\(start), \(end)] is not a span of the text")
        }
        return from..<to
    }
}
