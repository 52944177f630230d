import GRDB

/// The size of the graph.
public struct GraphStatistics: Sendable, Codable, Equatable {
    public var documents: Int
    public var bytes: Int
    /// The earliest and latest document dates.
    public var firstDate: String?
    public var lastDate: String?
    public var entities: Int
    /// Entities per type (`PERSON` …).
    public var entitiesByType: [String: Int]
    public var aliases: Int
    public var mentions: Int
    /// Edges per kind (`co-mention`, `action`).
    public var edgesByKind: [String: Int]
    /// (edge, document) evidence rows.
    public var evidence: Int
    /// The store file and its write-ahead log, in bytes.
    public var sizeOnDisk: Int
}

/// What a store holds, counted without reading its edges, aliases or evidence: the summary
/// after an ingest, whose cost stays small however large the store (the edges of a
/// store of a billion bytes take seconds to count; ``GraphStatistics`` counts them).
public struct StoreTotals: Sendable, Codable, Equatable {
    public var documents: Int
    public var entities: Int
    public var mentions: Int
    /// The store file and its write-ahead log, in bytes.
    public var sizeOnDisk: Int

    package init(documents: Int, entities: Int, mentions: Int, sizeOnDisk: Int) {
        self.documents = documents
        self.entities = entities
        self.mentions = mentions
        self.sizeOnDisk = sizeOnDisk
    }
}

extension GraphStore {
    public func totals() throws(GraphStoreError) -> StoreTotals {
        let size = sizeOnDisk()
        return try read { db in
            let entities = try Row.fetchOne(db, sql: "SELECT count(*), coalesce(sum(mentions), 0) FROM entities")!
            return StoreTotals(documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0,
                               entities: entities[0], mentions: entities[1], sizeOnDisk: size)
        }
    }

    public func statistics() throws(GraphStoreError) -> GraphStatistics {
        let size = sizeOnDisk()
        // Counting reads every co-mention run and evidence row.
        return try readEveryPage { db in
            let documents = try Row.fetchOne(db, sql: "SELECT count(*), coalesce(sum(bytes), 0), min(date), max(date) FROM documents")!
            var byType: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT type, count(*) FROM entities GROUP BY type") { byType[row[0]] = row[1] }
            // Action edges are rows of `edges`; a co-mention edge is counted at each of its ends.
            var byKind: [String: Int] = [:]
            let counts = [EdgeKind.action: try Int.fetchOne(db, sql: "SELECT count(*) FROM edges") ?? 0,
                          EdgeKind.coMention: try CoMentionRuns(db: db).degrees().values.reduce(0, +) / 2]
            for (kind, count) in counts where count > 0 { byKind[kind.rawValue] = count }
            return GraphStatistics(
                documents: documents[0], bytes: documents[1], firstDate: documents[2], lastDate: documents[3],
                entities: byType.values.reduce(0, +), entitiesByType: byType,
                aliases: try Int.fetchOne(db, sql: "SELECT count(*) FROM aliases") ?? 0,
                mentions: try Int.fetchOne(db, sql: "SELECT coalesce(sum(mentions), 0) FROM entities") ?? 0,
                edgesByKind: byKind,
                evidence: try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") ?? 0,
                sizeOnDisk: size)
        }
    }
}
