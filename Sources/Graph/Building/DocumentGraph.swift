import NER

/// What one resolved document adds to the graph: its entities numbered `0..<names.count`, the
/// ways each is written with their offsets, and the edges stated in one sentence (co-mention of
/// two entities, or an action from a subject to an object).
///
/// Reads the mentions' canonical names (`Mention.entity`) and sentences; pure. Entities are
/// numbered so that the writer maps each name to a store id once per document and works with
/// integers from then on.
struct DocumentGraph {
    /// The entities' canonical names, in order of first mention.
    var names: [String] = []
    /// Each entity's type (of its first mention) and number of mentions.
    var types: [EntityType] = []
    var mentionCounts: [Int] = []
    /// One row of the `mentions` table: an entity written one way.
    struct Surface {
        var entity: Int
        var text: String
        /// `[start, end, sentenceStart, sentenceEnd]` byte offsets of each mention, as stored (``Spans``).
        var spans: [UInt32]
        var count: Int { spans.count / 4 }
    }
    var surfaces: [Surface] = []
    /// An edge stated in the document, between entity numbers; co-mention keeps `source < target`
    /// (the writer orients it by store id).
    struct Edge {
        var source: Int
        var target: Int
        var kind: EdgeKind
        /// The action's predicate, `not ` in front when negated; empty for co-mention.
        var predicate: String
        /// `[start, end]` byte offsets of each distinct sentence that states it, in text order, as
        /// stored (``Spans``).
        var sentences: [UInt32] = []
    }
    var edges: [Edge] = []

    /// - Complexity: O(mentions · surfaces per entity + Σ k² over sentences naming k entities).
    init(_ analysis: DocumentAnalysis) {
        var number: [String: Int] = [:]
        var surfacesOf: [[Int]] = []
        var named: [(sentence: Int, entity: Int)] = []
        var entityOf: [Int] = []
        entityOf.reserveCapacity(analysis.mentions.count)
        for m in analysis.mentions.indices {
            let name = analysis.mentions[m].entity
            let entity = number[name] ?? {
                number[name] = names.count
                names.append(name)
                types.append(analysis.mentions[m].type)
                mentionCounts.append(0)
                surfacesOf.append([])
                return names.count - 1
            }()
            entityOf.append(entity)
            mentionCounts[entity] += 1
            let text = analysis.mentions[m].text, range = analysis.mentions[m].range
            let sentence = analysis.byteRange(ofSentence: analysis.mentions[m].sentence)
            let s = surfacesOf[entity].first(where: { surfaces[$0].text == text }) ?? {
                surfacesOf[entity].append(surfaces.count)
                surfaces.append(Surface(entity: entity, text: text, spans: []))
                return surfaces.count - 1
            }()
            surfaces[s].spans.append(Spans.word(range.lowerBound))
            surfaces[s].spans.append(Spans.word(range.upperBound))
            surfaces[s].spans.append(Spans.word(sentence.lowerBound))
            surfaces[s].spans.append(Spans.word(sentence.upperBound))
            named.append((analysis.mentions[m].sentence, entity))
        }
        addCoMentions(named, analysis)
        addActions(analysis, entityOf: entityOf)
    }

    /// One edge per pair of entities named in one sentence, with those sentences.
    private mutating func addCoMentions(_ named: [(sentence: Int, entity: Int)], _ analysis: DocumentAnalysis) {
        let sorted = named.sorted { ($0.sentence, $0.entity) < ($1.sentence, $1.entity) }
        var edgeOf: [Int: Int] = [:]
        var start = 0
        while start < sorted.count {
            let sentence = sorted[start].sentence
            var end = start, group: [Int] = []
            while end < sorted.count, sorted[end].sentence == sentence {
                if group.last != sorted[end].entity { group.append(sorted[end].entity) }
                end += 1
            }
            start = end
            guard group.count > 1 else { continue }
            let range = Self.words(analysis.byteRange(ofSentence: sentence))
            for i in group.indices {
                for j in group.index(after: i)..<group.endIndex {
                    let (a, b) = (min(group[i], group[j]), max(group[i], group[j]))
                    let key = a * names.count + b
                    let e = edgeOf[key] ?? { edgeOf[key] = edges.count; edges.append(Edge(source: a, target: b, kind: .coMention, predicate: "")); return edges.count - 1 }()
                    edges[e].sentences += range
                }
            }
        }
    }

    /// One edge per subject, object and predicate, with the sentences that state it.
    private mutating func addActions(_ analysis: DocumentAnalysis, entityOf: [Int]) {
        var edgeOf: [ActionKey: Int] = [:]
        for action in analysis.actions {
            let subject = entityOf[action.subject], object = entityOf[action.object]
            guard subject != object else { continue }
            let key = ActionKey(subject: subject, object: object, predicate: (action.negated ? "not " : "") + action.predicate)
            let range = Self.words(analysis.byteRange(ofSentence: action.sentence))
            if let e = edgeOf[key] {
                if !edges[e].sentences.suffix(2).elementsEqual(range) { edges[e].sentences += range }
            } else {
                edgeOf[key] = edges.count
                edges.append(Edge(source: subject, target: object, kind: .action, predicate: key.predicate, sentences: range))
            }
        }
    }

    private static func words(_ range: Range<Int>) -> [UInt32] { [Spans.word(range.lowerBound), Spans.word(range.upperBound)] }

    private struct ActionKey: Hashable {
        var subject: Int
        var object: Int
        var predicate: String
    }
}
