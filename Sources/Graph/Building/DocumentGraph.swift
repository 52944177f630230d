import NER

/// What one resolved document adds to the graph: its entities numbered `0..<entities.count`,
/// the ways each is written with their offsets, the sentences naming each, and the actions from a
/// subject to an object.
///
/// Reads the mentions, their entities (as numbers the caller gives, one per mention) and their
/// sentences; pure. Offsets live in one flat array, so a document costs a handful of allocations
/// however many mentions it has.
package struct DocumentGraph {
    /// The caller's number of each entity, in order of first mention.
    package var entities: [Int] = []
    /// Each entity's number of mentions.
    package var mentionCounts: [Int] = []
    /// One row of the `mentions` table: an entity written one way.
    package struct Surface {
        package var entity: Int
        package var text: String
        /// Where its mentions' offsets are in ``DocumentGraph/spans``.
        package var spans: Range<Int>
        package var count: Int { spans.count / 4 }
    }
    package var surfaces: [Surface] = []
    /// `[start, end, sentenceStart, sentenceEnd]` byte offsets of each mention, as stored
    /// (``Spans``), grouped by surface.
    package var spans: [UInt32] = []
    /// An action from a subject to an object, between entity numbers.
    package struct ActionEdge {
        package var source: Int
        package var target: Int
        /// The verb's lemma (with its particle).
        package var predicate: String
        package var negated: Bool
        /// Where the offsets of the sentences that state it are in ``DocumentGraph/actionSentences``.
        package var sentences: Range<Int>
    }
    package var actions: [ActionEdge] = []
    /// `[start, end]` byte offsets of each distinct sentence that states an action, in text
    /// order, as stored (``Spans``), grouped by action.
    package var actionSentences: [UInt32] = []

    /// The start offsets of the sentences naming each entity, entity after entity
    /// (``sentences(of:)``).
    private var sentenceStarts: [UInt32] = []
    private var sentenceRanges: [Range<Int>] = []

    /// The sentences naming an entity (their start offsets, increasing, once each), by entity number.
    package func sentences(of entity: Int) -> ArraySlice<UInt32> { sentenceStarts[sentenceRanges[entity]] }

    /// - Complexity: O(mentions · surfaces per entity).
    /// - Parameter entityOf: the caller's number of each mention's entity.
    package init(_ analysis: DocumentAnalysis, entityOf numbers: [Int]) {
        let mentions = analysis.mentions
        var local: [Int: Int] = [:]
        var entityOf: [Int] = [], surfaceOf: [Int] = []
        entityOf.reserveCapacity(mentions.count)
        surfaceOf.reserveCapacity(mentions.count)
        // Each entity's surfaces as a linked list: its latest surface, then each surface's previous one.
        var latestSurface: [Int] = [], previousSurface: [Int] = [], surfaceCounts: [Int] = []
        for m in mentions.indices {
            let entity = local[numbers[m]] ?? {
                local[numbers[m]] = entities.count
                entities.append(numbers[m])
                mentionCounts.append(0)
                latestSurface.append(-1)
                return entities.count - 1
            }()
        mentionCounts[entity] += 1
            var s = latestSurface[entity]
            while s >= 0, surfaces[s].text != mentions[m].text { s = previousSurface[s] }
            if s < 0 {
                s = surfaces.count
                surfaces.append(Surface(entity: entity, text: mentions[m].text, spans: 0..<0))
                surfaceCounts.append(0)
                previousSurface.append(latestSurface[entity])
                latestSurface[entity] = s
            }
            surfaceCounts[s] += 1
            entityOf.append(entity)
            surfaceOf.append(s)
        }
        layOutSpans(analysis, surfaceOf: surfaceOf, counts: surfaceCounts)
        layOutSentences(analysis, entityOf: entityOf)
        addActions(analysis, entityOf: entityOf)
    }

    /// Fills ``spans`` surface after surface, each mention's offsets in text order.
    private mutating func layOutSpans(_ analysis: DocumentAnalysis, surfaceOf: [Int], counts: [Int]) {
        let (ranges, total) = Self.consecutive(counts, of: 4)
        for s in surfaces.indices { surfaces[s].spans = ranges[s] }
        var next = ranges.map(\.lowerBound)
        spans = [UInt32](repeating: 0, count: total)
        for (m, s) in surfaceOf.enumerated() {
            let range = analysis.mentions[m].range
            let sentence = analysis.byteRange(ofSentence: analysis.mentions[m].sentence)
            let at = next[s]
            spans[at] = Spans.word(range.lowerBound)
            spans[at + 1] = Spans.word(range.upperBound)
            spans[at + 2] = Spans.word(sentence.lowerBound)
            spans[at + 3] = Spans.word(sentence.upperBound)
            next[s] = at + 4
        }
    }

    /// Fills ``sentenceStarts`` entity after entity. Mentions and sentences come in text order,
    /// so each entity's sentences come in increasing order and a repeated one is its last.
    private mutating func layOutSentences(_ analysis: DocumentAnalysis, entityOf: [Int]) {
        let starts = analysis.mentions.map { Spans.word(analysis.byteRange(ofSentence: $0.sentence).lowerBound) }
        var counts = [Int](repeating: 0, count: entities.count), last = [Int64](repeating: -1, count: entities.count)
        for (m, entity) in entityOf.enumerated() where last[entity] != Int64(starts[m]) {
            last[entity] = Int64(starts[m])
            counts[entity] += 1
        }
        let total: Int
        (sentenceRanges, total) = Self.consecutive(counts, of: 1)
        sentenceStarts = [UInt32](repeating: 0, count: total)
        var next = sentenceRanges.map(\.lowerBound)
        last = [Int64](repeating: -1, count: entities.count)
        for (m, entity) in entityOf.enumerated() where last[entity] != Int64(starts[m]) {
            last[entity] = Int64(starts[m])
            sentenceStarts[next[entity]] = starts[m]
            next[entity] += 1
        }
    }

    /// One edge per subject, object and predicate, with the sentences that state it.
    private mutating func addActions(_ analysis: DocumentAnalysis, entityOf: [Int]) {
        let stating = analysis.actions
        // The actions between two entities, ordered by subject, object, negation and predicate
        // (then text order): those of one edge are next to each other.
        var order = stating.indices.filter { entityOf[stating[$0].subject] != entityOf[stating[$0].object] }
        guard !order.isEmpty else { return }
        // Whether action `a`'s edge comes before action `b`'s.
        func precedes(_ a: Int, _ b: Int) -> Bool {
            let x = stating[a], y = stating[b]
            if entityOf[x.subject] != entityOf[y.subject] { return entityOf[x.subject] < entityOf[y.subject] }
            if entityOf[x.object] != entityOf[y.object] { return entityOf[x.object] < entityOf[y.object] }
            if x.negated != y.negated { return !x.negated }
            return x.predicate < y.predicate
        }
        order.sort { precedes($0, $1) || (!precedes($1, $0) && $0 < $1) }
        // Each action's group of actions of one edge, -1 for none.
        var groupOf = [Int](repeating: -1, count: stating.count), groups = 0
        for (i, a) in order.enumerated() {
            if i > 0, precedes(order[i - 1], a) { groups += 1 }
            groupOf[a] = groups
        }
        // Edges are numbered in text order of their first action.
        var edgeOf = [Int](repeating: -1, count: groups + 1)
        // Each edge's distinct sentences, in text order: the edge and the sentence's offsets.
        var stated: [(edge: Int, start: UInt32, end: UInt32)] = []
        var counts: [Int] = [], lastStart: [UInt32] = []
        stated.reserveCapacity(order.count)
        counts.reserveCapacity(groups + 1)
        lastStart.reserveCapacity(groups + 1)
        actions.reserveCapacity(groups + 1)
        for (a, action) in stating.enumerated() where groupOf[a] >= 0 {
            let sentence = analysis.byteRange(ofSentence: action.sentence)
            let start = Spans.word(sentence.lowerBound)
            if edgeOf[groupOf[a]] < 0 {
                edgeOf[groupOf[a]] = actions.count
                actions.append(ActionEdge(source: entityOf[action.subject], target: entityOf[action.object], predicate: action.predicate,
                                          negated: action.negated, sentences: 0..<0))
                counts.append(0)
                lastStart.append(.max)
            }
            let e = edgeOf[groupOf[a]]
            guard lastStart[e] != start else { continue }
            lastStart[e] = start
            counts[e] += 1
            stated.append((e, start, Spans.word(sentence.upperBound)))
        }
        let (ranges, total) = Self.consecutive(counts, of: 2)
        for e in actions.indices { actions[e].sentences = ranges[e] }
        var next = ranges.map(\.lowerBound)
        actionSentences = [UInt32](repeating: 0, count: total)
        for (e, start, end) in stated {
            actionSentences[next[e]] = start
            actionSentences[next[e] + 1] = end
            next[e] += 2
        }
    }

    /// Ranges one after the other from 0, of `width` offsets for each of `counts[i]` items; and
    /// where the last ends.
    private static func consecutive(_ counts: [Int], of width: Int) -> (ranges: [Range<Int>], total: Int) {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(counts.count)
        var start = 0
        for count in counts {
            ranges.append(start..<start + width * count)
            start += width * count
        }
        return (ranges, start)
    }
}
