/// B³ precision, recall and F1 of a predicted clustering against a gold one.
public struct BCubedScore: Sendable, Equatable {
    public var precision: Double?
    public var recall: Double?
    public var f1: Double?
    /// The mentions scored.
    public var mentions: Int
    public var goldEntities: Int
    public var predictedEntities: Int

    /// Scores mentions given as (gold cluster, predicted cluster) pairs: each mention's precision
    /// is the share of its predicted cluster that shares its gold cluster, its recall the share of
    /// its gold cluster that shares its predicted cluster; both are averaged over the mentions.
    /// Without mentions every fraction is nil.
    public init(pairs: [(gold: String, predicted: String)]) {
        mentions = pairs.count
        var goldSize: [String: Int] = [:], predictedSize: [String: Int] = [:], both: [Pair: Int] = [:]
        for (g, p) in pairs {
            goldSize[g, default: 0] += 1
            predictedSize[p, default: 0] += 1
            both[Pair(gold: g, predicted: p), default: 0] += 1
        }
        goldEntities = goldSize.count
        predictedEntities = predictedSize.count
        guard mentions > 0 else { return }
        var p = 0.0, r = 0.0
        for (g, q) in pairs {
            let shared = Double(both[Pair(gold: g, predicted: q)] ?? 0)
            p += shared / Double(predictedSize[q] ?? 1)
            r += shared / Double(goldSize[g] ?? 1)
        }
        p /= Double(mentions)
        r /= Double(mentions)
        precision = p
        recall = r
        f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    private struct Pair: Hashable {
        var gold: String
        var predicted: String
    }
}
