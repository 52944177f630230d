import NER

/// What one resolved document adds to the graph: its entities with their surface forms and
/// offsets, the pairs named in one sentence (co-mention), and the actions between entities.
///
/// Reads the mentions' canonical names (`Mention.entity`) and sentences; pure.
public struct DocumentGraph: Sendable {
    /// The mentions of one entity in the document.
    public struct EntityMentions: Sendable {
        public var type: EntityType
        /// Surface form → `[start, end, sentenceStart, sentenceEnd]` byte offsets of each mention.
        public var surfaces: [String: [Int]]
        public var count: Int { surfaces.values.reduce(0) { $0 + $1.count / 4 } }
    }

    /// An edge between two entities named by canonical name. Co-mention edges are undirected and
    /// keep `source < target`; action edges go from subject to object.
    public struct EdgeKey: Sendable, Hashable {
        public var source: String
        public var target: String
        public var kind: EdgeKind
        /// The action's predicate, `not ` in front when negated; empty for co-mention.
        public var predicate: String
    }

    public var entities: [String: EntityMentions] = [:]
    /// Each edge with the byte ranges of the distinct sentences that state it, in text order.
    public var edges: [EdgeKey: [Range<Int>]] = [:]

    /// - Complexity: O(mentions + Σ k² over sentences naming k entities).
    public init(_ analysis: DocumentAnalysis) {
        var bySentence: [Int: [String]] = [:]
        for mention in analysis.mentions {
            let sentence = analysis.byteRange(ofSentence: mention.sentence)
            entities[mention.entity, default: EntityMentions(type: mention.type, surfaces: [:])]
                .surfaces[mention.text, default: []] += [mention.range.lowerBound, mention.range.upperBound, sentence.lowerBound, sentence.upperBound]
            if bySentence[mention.sentence]?.contains(mention.entity) != true {
                bySentence[mention.sentence, default: []].append(mention.entity)
            }
        }
        for (sentence, names) in bySentence.sorted(by: { $0.key < $1.key }) where names.count > 1 {
            let range = analysis.byteRange(ofSentence: sentence)
            let sorted = names.sorted()
            for i in 0..<sorted.count {
                for j in (i + 1)..<sorted.count {
                    edges[EdgeKey(source: sorted[i], target: sorted[j], kind: .coMention, predicate: ""), default: []].append(range)
                }
            }
        }
        for action in analysis.actions {
            let subject = analysis.mentions[action.subject].entity, object = analysis.mentions[action.object].entity
            guard subject != object else { continue }
            let key = EdgeKey(source: subject, target: object, kind: .action, predicate: (action.negated ? "not " : "") + action.predicate)
            let range = analysis.byteRange(ofSentence: action.sentence)
            if edges[key]?.last != range { edges[key, default: []].append(range) }
        }
    }
}
