import NER

/// What every graph store does, whichever database holds it: the operations the commands and
/// the server use. ``GraphStore`` keeps the graph in one SQLite file; the `PostgresStore` module's
/// store keeps it in a PostgreSQL database that several ingest processes can write at once.
///
/// Both give the same answers for the same documents: the same entities, counts, weights,
/// orderings and ties. Each method's meaning is documented on ``GraphStore``.
public protocol GraphStorage: Sendable {
    /// The store as the user named it: a file path, or a URL without its password.
    var path: String { get }

    /// Whether each document (its path and content hash) is already stored.
    func status(of documents: [(path: String, hash: ContentHash)]) throws(GraphStoreError) -> [DocumentStatus]
    /// Adds `documents` in one transaction, resolving their mentions against the stored entities.
    func ingest(_ documents: [IngestDocument], resolve: GraphStore.Resolve, aliases: AliasRules) throws(GraphStoreError) -> IngestReport
    /// Takes the documents `names` name out of the store, in one transaction.
    func remove(_ names: [DocumentName]) throws(GraphStoreError) -> RemovalReport
    /// Makes what was written durable and compact after an ingest or a removal.
    func checkpoint() throws(GraphStoreError)
    /// The bytes the store takes on disk.
    func sizeOnDisk() -> Int
    /// A text that changes whenever the store's contents may have changed: caches compare it.
    func revision() -> String

    /// Finds the entity a user means by `name`.
    func lookup(_ name: String, type: EntityType?, knownAs: (String) -> String?) throws(GraphStoreError) -> LookupResult
    /// Entities with a word of their name starting with `text`, for search as you type.
    func completions(_ text: String, limit: Int) throws(GraphStoreError) -> [GraphEntity]
    /// Aliases, documents, strongest neighbors and sentences of one entity.
    func card(of entity: GraphEntity, neighbors count: Int, evidence: Int, documents filter: DocumentFilter) throws(GraphStoreError) -> EntityCard
    /// The entities linked to `entity`, nearest first, then heaviest edge first, then by name.
    func neighbors(of entity: GraphEntity, _ query: NeighborQuery) throws(GraphStoreError) -> [Neighbor]
    /// The actions `entity` takes part in, most often stated first.
    func relations(of entity: GraphEntity, _ query: RelationQuery) throws(GraphStoreError) -> [Relation]
    /// The shortest path between two entities, nil when none is within `maxHops`.
    func path(from source: GraphEntity, to target: GraphEntity, edges filter: EdgeFilter, maxHops: Int,
              documents: DocumentFilter) throws(GraphStoreError) -> [PathHop]?
    /// The `top` entities by `ranking`.
    func entities(type: EntityType?, top: Int, by ranking: EntityRanking) throws(GraphStoreError) -> [RankedEntity]
    /// The size of the graph.
    func statistics() throws(GraphStoreError) -> GraphStatistics
    /// Documents, entities and mentions, counted without reading the edges.
    func totals() throws(GraphStoreError) -> StoreTotals
    /// The sentences behind the edge between two entities.
    func evidence(from source: GraphEntity, to target: GraphEntity, kind: EdgeKind, predicate: String?,
                  limit: Int) throws(GraphStoreError) -> EdgeEvidence
    /// Writes the graph, or the part `query` selects, with `exporter` to `output`.
    func export(_ query: ExportQuery, as exporter: some GraphExporter, to output: ExportOutput) throws(ExportError)
    /// The text of the document stored under `path`; nil when there is none.
    func text(ofDocument path: String) throws(GraphStoreError) -> String?
    /// Fills an empty store with a generated graph for benchmarks (``SyntheticGraph``, drawn
    /// from `seed`): the same graph, with the same ids, in either store.
    func generateSynthetic(entities: Int, documents: Int, mentions: Int, edges: Int, seed: UInt64) throws(GraphStoreError)
}
