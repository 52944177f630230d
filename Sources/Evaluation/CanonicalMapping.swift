/// Maps each predicted canonical name to the gold canonical most of its exactly matched mentions
/// carry; a tie goes to the gold canonical seen first in the gold.
public struct CanonicalMapping: Sendable, Equatable {
    /// Predicted canonical → gold canonical.
    public private(set) var mapping: [String: String] = [:]

    /// `votes` pair a predicted mention's canonical with the gold canonical of the span it hits;
    /// `goldOrder` lists gold canonicals in the order they are first seen.
    public init(votes: [(predicted: String, gold: String)], goldOrder: [String]) {
        var rank: [String: Int] = [:]
        for canonical in goldOrder where rank[canonical] == nil { rank[canonical] = rank.count }
        var counts: [String: [String: Int]] = [:]
        for (predicted, gold) in votes { counts[predicted, default: [:]][gold, default: 0] += 1 }
        for (predicted, tally) in counts {
            let best = tally.max { a, b in
                a.value != b.value ? a.value < b.value : (rank[a.key] ?? Int.max) > (rank[b.key] ?? Int.max)
            }
            mapping[predicted] = best?.key
        }
    }

    /// The gold canonical `predicted` maps to, nil when none of its mentions hit a gold span.
    public subscript(predicted: String) -> String? { mapping[predicted] }
}
