import NER

/// The rows of a store that an export reads, in the order it reads them. Each kind of store
/// gives them from its own tables (``GraphStore``: SQLite; the `PostgresStore` module: PostgreSQL),
/// and ``StoreSubgraph`` selects and streams them alike, so that both write the same bytes for
/// the same graph.
public protocol ExportRows {
    /// The earliest and latest dates of the dated documents; nil when none is dated.
    func documentDates() throws -> ClosedRange<String>?
    /// The ids of the entities of one of `types`.
    func entities(of types: Set<EntityType>) throws -> Set<Int64>
    /// The entities at the other end of the edges of entity `id` that pass `filter` and weigh at
    /// least `minWeight` (`sentences + documents`), unordered, without `id` itself.
    func linked(to id: Int64, edges filter: EdgeFilter, minWeight: Int) throws -> [Int64]
    /// Calls `body` with each entity, its aliases ordered by name (byte by byte), in id order.
    func forEachEntity(_ body: (ExportNode) throws -> Void) throws
    /// Calls `body` with each action edge of at least `minWeight`, in id order, until it returns
    /// false; its predicate as ``ActionLabel`` writes it, and, when `evidence` is true, the count
    /// of its evidence rows and the first and last dates of their documents.
    func forEachAction(minWeight: Int, evidence: Bool, _ body: (ExportEdge) throws -> Bool) throws
    /// Calls `body` with each co-mention edge of at least `minWeight` once, its smaller end as
    /// source, ordered by source then target, until it returns false.
    func forEachCoMention(minWeight: Int, _ body: (ExportEdge) throws -> Bool) throws
}
