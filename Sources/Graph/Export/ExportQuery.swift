import NER

/// Which part of the graph to export: the whole graph, or a filtered or ego subgraph.
///
/// Nodes are the entities that pass ``around``/``depth``, ``types`` and ``top``; edges are those
/// between exported nodes that pass ``edges`` and ``minWeight``. When ``edges`` or ``minWeight``
/// leave out edges, entities left without an edge are left out too.
public struct ExportQuery: Sendable, Equatable {
    /// The entity (store id) at the centre of an ego subgraph, if any.
    public var around: Int64?
    /// Hops from ``around`` to follow, along edges that pass the edge filters.
    public var depth = 1
    /// Only entities of these types; empty for all.
    public var types: Set<EntityType> = []
    /// Edges to keep: co-mention, action or all.
    public var edges: EdgeFilter = .all
    /// Edges lighter than this (`sentences + documents`) are left out.
    public var minWeight = 1
    /// Only the `top` entities with the largest total weight of kept edges.
    public var top: Int?

    public init() {}

    /// True when edges are filtered, so entities without a kept edge are dropped.
    var dropsIsolated: Bool { edges != .all || minWeight > 1 || top != nil }

    /// The SQL condition on the rows of `edges` (action edges) of kept weight.
    var actionCondition: String { "sentences + documents >= \(minWeight)" }
}
