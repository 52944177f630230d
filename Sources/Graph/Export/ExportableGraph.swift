import NER

/// One node of an exported graph: an entity with its counts and surface forms.
public struct ExportNode: Sendable, Equatable {
    /// The store's entity id; exporters write it as the node id `n<id>`.
    public var id: Int64
    /// The canonical name, any characters.
    public var name: String
    public var type: EntityType
    public var mentions: Int
    public var documents: Int
    /// The ways the documents write the name, in the store's order.
    public var aliases: [String]
    /// The earliest and latest dates (`YYYY-MM-DD`) of the documents naming it.
    public var firstSeen: String?
    public var lastSeen: String?

    public init(id: Int64, name: String, type: EntityType, mentions: Int, documents: Int, aliases: [String] = [],
                firstSeen: String? = nil, lastSeen: String? = nil) {
        self.id = id; self.name = name; self.type = type; self.mentions = mentions; self.documents = documents
        self.aliases = aliases; self.firstSeen = firstSeen; self.lastSeen = lastSeen
    }

    /// The node id exporters write: an XML NMTOKEN, stable for the entity.
    public var key: String { "n\(id)" }
}

/// One edge of an exported graph. Co-mention edges are undirected; action edges go from subject to object.
public struct ExportEdge: Sendable, Equatable {
    /// The store's edge id; exporters write it as the edge id `e<id>`, so parallel edges stay apart.
    public var id: Int64
    public var source: Int64
    public var target: Int64
    public var kind: EdgeKind
    /// The action's predicate (`met`, `not attack`); empty for co-mention edges.
    public var predicate: String
    /// Sentences that state the edge.
    public var sentences: Int
    /// Documents that state the edge.
    public var documents: Int
    /// (edge, document) evidence rows: documents with a sentence that states the edge.
    public var evidence: Int
    /// The earliest and latest dates of the documents with evidence, when they are dated.
    public var firstSeen: String?
    public var lastSeen: String?

    public init(id: Int64, source: Int64, target: Int64, kind: EdgeKind, predicate: String = "", sentences: Int, documents: Int,
                evidence: Int = 0, firstSeen: String? = nil, lastSeen: String? = nil) {
        self.id = id; self.source = source; self.target = target; self.kind = kind; self.predicate = predicate
        self.sentences = sentences; self.documents = documents; self.evidence = evidence
        self.firstSeen = firstSeen; self.lastSeen = lastSeen
    }

    /// `sentences + documents`, the weight the queries rank by.
    public var weight: Int { sentences + documents }
    /// The edge id exporters write.
    public var key: String { "e\(id)" }
    public var isDirected: Bool { kind == .action }
}

/// A graph an exporter can stream: every node first, then every edge between them.
///
/// The store's graph (``GraphStore/export(_:as:to:)``) reads rows as they are written, so a graph
/// of millions of edges is never held in memory; tests give arrays (``ExportGraph``).
public protocol ExportableGraph {
    /// The kinds of the edges ``forEachEdge(_:)`` visits: both kinds make a mixed graph.
    var kinds: Set<EdgeKind> { get }
    /// The earliest and latest document dates, when documents are dated.
    var dates: ClosedRange<String>? { get }
    /// Calls `body` with each node, in id order.
    func forEachNode(_ body: (ExportNode) throws(ExportError) -> Void) throws(ExportError)
    /// Calls `body` with each edge, both ends among the nodes, in id order.
    func forEachEdge(_ body: (ExportEdge) throws(ExportError) -> Void) throws(ExportError)
}

/// A graph held in arrays: for small graphs built in code, and the tests.
public struct ExportGraph: ExportableGraph, Sendable {
    public var nodes: [ExportNode]
    public var edges: [ExportEdge]
    public var dates: ClosedRange<String>?

    public init(nodes: [ExportNode], edges: [ExportEdge], dates: ClosedRange<String>? = nil) {
        self.nodes = nodes; self.edges = edges; self.dates = dates
    }

    public var kinds: Set<EdgeKind> { Set(edges.map(\.kind)) }

    public func forEachNode(_ body: (ExportNode) throws(ExportError) -> Void) throws(ExportError) {
        for node in nodes { try body(node) }
    }

    public func forEachEdge(_ body: (ExportEdge) throws(ExportError) -> Void) throws(ExportError) {
        for edge in edges { try body(edge) }
    }
}
