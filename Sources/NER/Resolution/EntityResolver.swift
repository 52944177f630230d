import Foundation

/// Resolves mentions across documents to one canonical entity per real-world person, place,
/// organization and company.
///
/// Each document's entities (after ``DocumentConsistency``) are candidates; candidates of one
/// type merge when
/// - their names are equal once case, diacritics and periods are set aside (`IKEA`, `Ikea`);
/// - the user's alias file says so;
/// - an acronym is written as another entity's defined short form (`International Criminal
///   Court (ICC)` … `ICC`);
/// - two people share a surname up to transliteration and small misspellings (`Arestovych`,
///   `Orastovich`) and their given names are variants of one name (`Oleksiy`, `Alexei`);
/// - a bare surname belongs to exactly one full name (`Biden` → `Joe Biden`), or to the one
///   mentioned at least four times as often as all others of that surname together; otherwise it
///   stays apart.
/// The user's alias file can also forbid a merge. The canonical name is the gazetteer's name if
/// any, else the fullest, most frequent well-formed name: the same input gives the same names in
/// any order of files.
///
/// ```swift
/// let resolver = try EntityResolver.standard()
/// let resolution = resolver.resolve(analyses)            // a batch of documents
/// let next = resolver.resolve(newAnalyses, known: store) // incremental, against stored entities
/// ```
public struct EntityResolver: Sendable {
    public let givenNames: GivenNameVariants
    public let aliases: AliasRules

    public init(givenNames: GivenNameVariants = GivenNameVariants(), aliases: AliasRules = AliasRules()) {
        self.givenNames = givenNames
        self.aliases = aliases
    }

    /// The resolver with graphtool's given-name variants and, optionally, a user's alias file.
    public static func standard(aliasFile: URL? = nil) throws(LexiconError) -> EntityResolver {
        guard let url = Bundle.module.url(forResource: "given_name_variants", withExtension: "tsv", subdirectory: "Resources/Lexicons")
                ?? Bundle.module.url(forResource: "given_name_variants", withExtension: "tsv") else {
            throw .missingResources(Bundle.module.bundlePath)
        }
        let givenNames = try GivenNameVariants(tsv: LexiconCatalog.read(url), file: url.path)
        guard let aliasFile else { return EntityResolver(givenNames: givenNames) }
        return EntityResolver(givenNames: givenNames, aliases: try AliasRules(tsv: LexiconCatalog.read(aliasFile), file: aliasFile.path))
    }

    /// Resolves `documents` together and against `known` entities.
    ///
    /// - Complexity: near-linear in the number of distinct names: names are compared only within
    ///   blocks that share a type and a key.
    /// - Parameter documents: taken over, so that their mentions are renamed in place: pass
    ///   `consume analyses` to avoid holding two copies of a large batch.
    public func resolve(_ documents: consuming [DocumentAnalysis], known: [KnownEntity] = []) -> Resolution {
        var candidates = CandidateTable(aliases: aliases)
        for entity in known { candidates.add(known: entity) }
        var slots: [[Int32]] = []
        slots.reserveCapacity(documents.count)
        for d in documents.indices {
            slots.append(candidates.add(documents[d].mentions))
        }
        let (sorted, position) = candidates.sorted()
        var clusters = Clustering(candidates: sorted, aliases: aliases)
        clusters.mergeEqualNames()
        clusters.mergeDefinedAcronyms()
        clusters.mergePeople(givenNames: givenNames)
        return clusters.resolution(of: documents, candidates: slots.map { $0.map { position[Int($0)] } })
    }
}
