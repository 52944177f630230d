import GRDB
import NER

/// One analyzed document to add to the store.
public struct IngestDocument: Sendable {
    /// Where the text came from; a later document with the same path and other bytes replaces it.
    public var path: String
    public var analysis: DocumentAnalysis
    /// The date (`YYYY-MM-DD`) to use when the text gives none.
    public var fallbackDate: String?
    /// The hash of the text, computed once.
    public let hash: ContentHash

    /// - Parameter hash: the text's hash when the caller has it already.
    public init(path: String, analysis: DocumentAnalysis, fallbackDate: String? = nil, hash: ContentHash? = nil) {
        self.path = path
        self.analysis = analysis
        self.fallbackDate = fallbackDate
        self.hash = hash ?? ContentHash(analysis.source.bytes)
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

    /// Whether the document at `path` with content `hash` is already stored; lets a caller skip
    /// analysing what ingest would skip anyway.
    /// - Complexity: one indexed query, outside any transaction (ingest checks again in its own).
    public func status(path: String, hash: ContentHash) throws(GraphStoreError) -> DocumentStatus {
        do {
            return try queue.inDatabase { db in
                let row = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT (SELECT path FROM documents WHERE hash = ?1 LIMIT 1), EXISTS (SELECT 1 FROM documents WHERE path = ?2)
                    """), arguments: [hash.value, path])!
                if let stored = row[0] as String? { return stored == path ? .unchanged : .duplicate }
                return row[1] ? .changed : .new
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
        try write { db in
            var report = IngestReport()
            var fresh: [IngestDocument] = []
            var replaced: [Int64] = []
            var hashes = Set<String>(), paths = Set<String>()
            let storedPaths = try Self.lookUp(db, "SELECT hash, path FROM documents WHERE hash IN", documents.map(\.hash.value)) as [String: String]
            let storedIDs = try Self.lookUp(db, "SELECT path, id FROM documents WHERE path IN", documents.map(\.path)) as [String: Int64]
            for document in documents {
                let hash = document.hash.value
                if let stored = storedPaths[hash] {
                    if stored == document.path { report.unchanged += 1 } else { report.duplicates += 1 }
                    continue
                }
                guard hashes.insert(hash).inserted, paths.insert(document.path).inserted else { report.duplicates += 1; continue }
                if let old = storedIDs[document.path] {
                    replaced.append(old)
                    report.replaced += 1
                } else {
                    report.added += 1
                }
                report.mentions += document.analysis.mentions.count
                report.bytes += document.analysis.source.bytes.count
                fresh.append(document)
            }
            try DocumentRemoval(db: db).remove(replaced)
            guard !fresh.isEmpty else { return report }
            let analyses = fresh.map(\.analysis)
            var types = Set<EntityType>()
            for analysis in analyses { for m in analysis.mentions.indices { types.insert(analysis.mentions[m].type) } }
            let keys = EntityResolver(aliases: aliases).blockingKeys(of: analyses)
            let resolution = resolve(analyses, try KnownEntities(db: db).fetch(types: types, keys: keys))
            try EntityMerge(db: db).apply(resolution.renamed)
            report.renamed = resolution.renamed.count
            try BatchWriter(db: db).write(resolution, documents: fresh)
            return report
        }
    }

    /// The first column → second column of the rows whose first column is one of `values`,
    /// read in chunks of 500 (one query per chunk instead of one per value).
    static func lookUp<Value: DatabaseValueConvertible>(_ db: Database, _ query: String, _ values: [String]) throws -> [String: Value] {
        var found: [String: Value] = [:]
        var start = 0
        while start < values.count {
            let chunk = Array(values[start..<min(start + 500, values.count)])
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: "\(query) (\(placeholders))", arguments: StatementArguments(chunk)) {
                if let key = row[0] as String?, let value = row[1] as Value? { found[key] = value }
            }
            start += 500
        }
        return found
    }
}
