/// Mention scores: typed (exact span, acceptable type), untyped (exact span) and per type.
public struct MentionScores: Sendable, Equatable {
    public var typed = Score()
    public var untyped = Score()
    /// Per type: precision by predicted type, recall by gold type.
    public var perType: [String: Score] = [:]

    public init() {}

    mutating func add(_ other: MentionScores) {
        typed.add(other.typed)
        untyped.add(other.untyped)
        for (type, score) in other.perType { perType[type, default: Score()].add(score) }
    }
}

extension Score {
    mutating func add(_ other: Score) {
        tp += other.tp
        tpGold += other.tpGold
        predicted += other.predicted
        gold += other.gold
    }
}

/// The mentions of one document matched one to one: what they score, the pairs entity resolution
/// is scored on, the votes that map predicted canonicals to gold ones, and the errors.
///
/// Gold mentions are de-duplicated on span (the first wins), predictions on span and type. A
/// prediction is a true positive when its span equals a gold span not matched yet and its type is
/// the gold type or one of its `alt_types`. With scored types, gold mentions of other types and
/// the predictions they match are left out of every count.
struct MentionMatching {
    var scores = MentionScores()
    /// (gold canonical, predicted canonical) for each scored gold span some prediction has exactly.
    var resolutionPairs: [(gold: String, predicted: String)] = []
    /// The document's gold canonicals in order of their first mention.
    var goldCanonicals: [String] = []
    /// (predicted canonical, gold canonical) for every prediction on a gold span, unfiltered.
    var votes: [(predicted: String, gold: String)] = []
    var falsePositives: [MentionError] = []
    var falseNegatives: [MentionError] = []
    var warnings: [Diagnostic] = []

    private struct Gold {
        var span: Range<Int>
        var type: String
        var acceptable: Set<String>
        var entity: String
        var text: String
        var scored: Bool
    }

    private struct Predicted {
        var span: Range<Int>
        var type: String
        var entity: String
        var text: String
        var truePositive = false
        var ignored = false
    }

    init(document key: String, gold goldEntities: [EntityAnnotation], predicted predictedEntities: [EntityAnnotation], scheme: TypeScheme) {
        var gold: [Gold] = []
        var goldIndex: [Range<Int>: Int] = [:]
        for e in goldEntities {
            if goldIndex[e.span] != nil {
                warnings.append(Diagnostic("gold document \(key): duplicate span [\(e.start), \(e.end)); keeping the first", at: e.location))
                continue
            }
            let type = scheme.normalize(e.type)
            goldIndex[e.span] = gold.count
            gold.append(Gold(span: e.span, type: type, acceptable: Set([type] + e.altTypes.map(scheme.normalize)),
                             entity: Normalized.whitespace(e.entity), text: e.text ?? "", scored: scheme.scores(type)))
        }
        goldCanonicals = gold.map(\.entity)

        var predicted: [Predicted] = []
        var seen: Set<SpanType> = []
        for e in predictedEntities {
            let type = scheme.normalize(e.type)
            guard seen.insert(SpanType(span: e.span, type: type)).inserted else { continue }
            predicted.append(Predicted(span: e.span, type: type, entity: Normalized.whitespace(e.entity), text: e.text ?? ""))
        }
        predicted.removeAll { !scheme.scores($0.type) }

        var matched: [Range<Int>: Int] = [:]
        for n in predicted.indices {
            guard let g = goldIndex[predicted[n].span], gold[g].acceptable.contains(predicted[n].type),
                  matched[predicted[n].span] == nil else { continue }
            matched[predicted[n].span] = n
            if gold[g].scored { predicted[n].truePositive = true } else { predicted[n].ignored = true }
        }

        for p in predicted where !p.ignored {
            scores.typed.predicted += 1
            scores.perType[p.type, default: Score()].predicted += 1
            if p.truePositive {
                scores.typed.tp += 1
                scores.typed.tpGold += 1
                scores.perType[p.type, default: Score()].tp += 1
            } else if let g = goldIndex[p.span] {
                falsePositives.append(MentionError(kind: .wrongType, document: key, span: p.span, type: p.type, text: p.text, detail: "gold \(gold[g].type)"))
            } else {
                let overlapping = gold.filter { $0.span.overlaps(p.span) }.map { ($0.span, $0.type) }
                falsePositives.append(MentionError(kind: overlapping.isEmpty ? .spurious : .boundary, document: key, span: p.span,
                                                   type: p.type, text: p.text, detail: Self.describe(overlapping, side: "gold")))
            }
        }

        var predictedSpans: [(span: Range<Int>, type: String)] = []
        var predictedSpanIndex: [Range<Int>: Int] = [:]
        for p in predicted {
            if let n = predictedSpanIndex[p.span] { predictedSpans[n].type = p.type; continue }
            predictedSpanIndex[p.span] = predictedSpans.count
            predictedSpans.append((p.span, p.type))
        }
        for g in gold where g.scored {
            scores.typed.gold += 1
            scores.perType[g.type, default: Score()].gold += 1
            if matched[g.span] != nil {
                scores.perType[g.type, default: Score()].tpGold += 1
                continue
            }
            let sameSpan = predicted.filter { $0.span == g.span }.map(\.type)
            if !sameSpan.isEmpty {
                falseNegatives.append(MentionError(kind: .wrongType, document: key, span: g.span, type: g.type, text: g.text,
                                                   detail: "predicted as " + sameSpan.joined(separator: "/")))
            } else {
                let overlapping = predictedSpans.filter { $0.span.overlaps(g.span) }
                falseNegatives.append(MentionError(kind: overlapping.isEmpty ? .missed : .boundary, document: key, span: g.span,
                                                   type: g.type, text: g.text, detail: Self.describe(overlapping, side: "prediction")))
            }
        }

        var firstBySpan: [Range<Int>: Int] = [:]
        var untypedSpans: [Range<Int>] = []
        for (n, p) in predicted.enumerated() where firstBySpan[p.span] == nil {
            firstBySpan[p.span] = n
            if let g = goldIndex[p.span], !gold[g].scored { continue }
            untypedSpans.append(p.span)
        }
        scores.untyped.predicted = untypedSpans.count
        scores.untyped.gold = gold.filter(\.scored).count
        scores.untyped.tp = untypedSpans.filter { goldIndex[$0] != nil }.count
        scores.untyped.tpGold = scores.untyped.tp

        for g in gold where g.scored {
            guard let n = matched[g.span] ?? firstBySpan[g.span] else { continue }
            resolutionPairs.append((g.entity, predicted[n].entity))
        }
        for e in predictedEntities {
            if let g = goldIndex[e.span] { votes.append((Normalized.whitespace(e.entity), gold[g].entity)) }
        }
    }

    private struct SpanType: Hashable {
        var span: Range<Int>
        var type: String
    }

    private static func describe(_ overlapping: [(span: Range<Int>, type: String)], side: String) -> String {
        if overlapping.isEmpty { return "no overlapping \(side)" }
        return "overlaps \(side) " + overlapping.map { "[\($0.span.lowerBound),\($0.span.upperBound)) \($0.type)" }.joined(separator: ", ")
    }
}
