import GRDB
import NER

/// One analyzed document to add to the store.
public struct IngestDocument: Sendable {
    /// Where the text came from; a later document with the same path and other bytes replaces it.
    public var path: String
    public var analysis: DocumentAnalysis
    /// The date (`YYYY-MM-DD`) to use when the text gives none.
    public var fallbackDate: String?
    /// The hash of the text (and of `record`), computed once.
    public let hash: ContentHash
    /// What the collection says about the document; its title and date win over those read from
    /// the text.
    public var record: DocumentRecord?

    /// - Parameter hash: the hash when the caller has it already (``ContentHash/init(text:record:)``).
    public init(path: String, analysis: DocumentAnalysis, fallbackDate: String? = nil, hash: ContentHash? = nil, record: DocumentRecord? = nil) {
        self.path = path
        self.analysis = analysis
        self.fallbackDate = fallbackDate
        self.hash = hash ?? ContentHash(text: analysis.source.bytes, record: record)
        self.record = record
    }
}

/// What one or more ingest batches did.
public struct IngestReport: Sendable, Codable, Equatable {
    /// New documents stored.
    public var added = 0
    /// Documents whose path was stored with other content, now replaced.
    public var replaced = 0
    /// Documents already stored with the same path and content.
    public var unchanged = 0
    /// Documents whose content is already stored under another path (or earlier in the batch).
    public var duplicates = 0
    /// Mentions and bytes of the added and replaced documents.
    public var mentions = 0
    public var bytes = 0
    /// Stored entities renamed or merged by resolution.
    public var renamed = 0

    public init() {}

    public static func += (lhs: inout IngestReport, rhs: IngestReport) {
        lhs.added += rhs.added; lhs.replaced += rhs.replaced; lhs.unchanged += rhs.unchanged
        lhs.duplicates += rhs.duplicates; lhs.mentions += rhs.mentions; lhs.bytes += rhs.bytes; lhs.renamed += rhs.renamed
    }
}

/// Whether a document needs analysing before it is ingested.
public enum DocumentStatus: Sendable, Equatable {
    case new, changed, unchanged, duplicate
}

extension GraphStore {
    /// Resolves a batch's mentions against the stored entities; ``EntityResolver/resolve(_:known:)``.
    public typealias Resolve = @Sendable ([DocumentAnalysis], [KnownEntity]) -> Resolution

    /// Whether each document (its path and content hash) is already stored; lets a caller skip
    /// analysing what ingest would skip anyway.
    /// - Complexity: two indexed lookups per document, outside any transaction (ingest
    ///   checks again in its own).
    public func status(of documents: [(path: String, hash: ContentHash)]) throws(GraphStoreError) -> [DocumentStatus] {
        do {
            return try queue.inDatabase { db in
                let stored = try StoredDocuments(db, paths: documents.map(\.path), hashes: documents.map(\.hash.value))
                return documents.map { stored.status(path: $0.path, hash: $0.hash.value) }
            }
        } catch {
            throw Self.storeError(error, path: self.path)
        }
    }

    /// Adds `documents` in one transaction: documents already stored (same content) are skipped,
    /// a stored path with new content is replaced, mentions are resolved (`resolve`) against the
    /// stored entities they could merge with (those that share a blocking key with the batch's
    /// names or with `aliases`, the alias file `resolve` applies), and its renames are applied to
    /// the store.
    ///
    /// Killing the process at any moment leaves the store as it was before or after the batch.
    /// - Throws: ``GraphStoreError/locked(path:)`` when another process is writing.
    public func ingest(_ documents: [IngestDocument], resolve: Resolve, aliases: AliasRules = AliasRules()) throws(GraphStoreError) -> IngestReport {
        defer { checkpointsBehind.start() }
        return try write { db in
            let stored = try StoredDocuments(db, paths: documents.map(\.path), hashes: documents.map(\.hash.value))
            var batch = IngestSelection(documents, stored: stored)
            try DocumentRemoval(db: db).remove(batch.replaced)
            guard !batch.fresh.isEmpty else { return batch.report }
            let known = KnownEntities(db: db)
            let resolution = try batch.resolve(resolve, aliases: aliases, storeHasEntities: try known.any()) { try known.fetch(types: $0, keys: $1) }
            try EntityMerge(db: db).apply(resolution.renamed)
            try BatchWriter(db: db).write(resolution, documents: batch.fresh)
            return batch.report
        }
    }
}
