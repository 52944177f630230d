/// An entity linked to another by one edge, with the edge's counts.
public struct Neighbor: Sendable, Codable, Equatable {
    public var entity: GraphEntity
    public var kind: EdgeKind
    /// The action's predicate (the verb, without negation); nil for co-mention edges.
    public var predicate: String?
    /// Whether the action is negated (`would not impose`); nil for co-mention edges.
    public var negated: Bool?
    /// For action edges, whether the neighbor is the object (`out`) or the subject (`in`).
    public var direction: Direction?
    /// Sentences that state the edge.
    public var sentences: Int
    /// Documents that state the edge.
    public var documents: Int
    /// `sentences + documents`.
    public var weight: Int
    /// Hops from the entity asked about: 1 for direct neighbors.
    public var depth: Int
    /// The entity one hop nearer through which it is reached, when `depth > 1`.
    public var via: String?
    /// Supporting sentences, when asked for.
    public var evidence: [Evidence]

    /// The action as shown to people (`impose`, `not impose`); nil for co-mention edges.
    public var action: String? { predicate.map { ActionLabel.text(predicate: $0, negated: negated ?? false) } }

    public enum Direction: String, Sendable, Codable {
        case out, `in`
    }
}
