import NER

/// What one ingest batch writes, decided from what the store holds (``StoredDocuments``): the
/// documents to store, the stored ids of those they replace, and the report's counts. A document
/// stored already with the same content is skipped, and so is one whose content or path came
/// earlier in the batch. Pure: both stores decide the same way.
package struct IngestSelection {
    package var report = IngestReport()
    /// The documents to store, in batch order.
    package private(set) var fresh: [IngestDocument] = []
    /// Stored ids of the documents whose path comes again with other content.
    package private(set) var replaced: [Int64] = []

    package init(_ documents: [IngestDocument], stored: StoredDocuments) {
        var hashes = Set<String>(), paths = Set<String>()
        for document in documents {
            let hash = document.hash.value
            switch stored.status(path: document.path, hash: hash) {
            case .unchanged: report.unchanged += 1; continue
            case .duplicate: report.duplicates += 1; continue
            case .new, .changed: break
            }
            guard hashes.insert(hash).inserted, paths.insert(document.path).inserted else { report.duplicates += 1; continue }
            if let old = stored.ids[document.path] {
                replaced.append(old)
                report.replaced += 1
            } else {
                report.added += 1
            }
            report.mentions += document.analysis.mentions.count
            report.bytes += document.analysis.source.bytes.count
            fresh.append(document)
        }
    }

    /// Resolves the fresh documents' mentions with `resolve` against the stored entities that
    /// `known` reads for their types and blocking keys (those of `aliases` too); counts the
    /// stored entities it renames. When the store holds no entity (`storeHasEntities` false),
    /// there is nothing to read, and no blocking key is computed.
    package mutating func resolve(_ resolve: GraphStore.Resolve, aliases: AliasRules, storeHasEntities: Bool,
                                  known: (Set<EntityType>, Set<String>) throws -> [KnownEntity]) rethrows -> Resolution {
        let analyses = fresh.map(\.analysis)
        var stored: [KnownEntity] = []
        if storeHasEntities {
            var types = Set<EntityType>()
            for analysis in analyses { for m in analysis.mentions.indices { types.insert(analysis.mentions[m].type) } }
            stored = try known(types, EntityResolver(aliases: aliases).blockingKeys(of: analyses))
        }
        let resolution = resolve(analyses, stored)
        report.renamed = resolution.renamed.count
        return resolution
    }
}
