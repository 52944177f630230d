import Foundation
import NER

/// Why a name typed by a user names no single stored entity; the message lists the candidates or
/// the closest names.
public enum EntityNameError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Several entities match equally well.
    case ambiguous(name: String, candidates: [GraphEntity])
    /// Entities of several types have this very name (`Ford` the company and a person `Ford`).
    case sameName(name: String, entities: [GraphEntity])
    /// Nothing matches; `suggestions` are the closest names, if any.
    case notFound(name: String, path: String, suggestions: [GraphEntity])
    /// The store could not be read.
    case store(GraphStoreError)

    public var description: String {
        switch self {
        case .ambiguous(let name, let candidates):
            return "“\(name)” could be any of: \(Self.describe(candidates)); name one of them"
        case .sameName(let name, let entities):
            return "“\(name)” names \(entities.count) entities: \(Self.describe(entities)); "
                + "add the type to name one, e.g. “\(entities[0].name) (\(entities[0].type.rawValue))”"
        case .notFound(let name, let path, let suggestions) where !suggestions.isEmpty:
            return "no entity named “\(name)” in \(path); did you mean \(Self.describe(suggestions))?"
        case .notFound(let name, let path, _):
            return "no entity named “\(name)” in \(path); `graphtool entities` lists the entities"
        case .store(let error):
            return error.description
        }
    }

    private static func describe(_ entities: [GraphEntity]) -> String {
        entities.map { "\($0.name) (\($0.type.rawValue), \($0.mentions) mentions)" }.joined(separator: ", ")
    }
}

extension GraphStorage {
    /// The one entity ``lookup(_:type:knownAs:)`` finds for `name`, or an error that lists the
    /// candidates or suggests the closest names. `Ford (PERSON)` names the entity of that type only.
    public func resolve(_ name: String, knownAs: (String) -> String? = { _ in nil }) throws(EntityNameError) -> GraphEntity {
        try resolveAll(name, allowingSeveral: false, knownAs: knownAs)[0]
    }

    /// The entity `name` stands for, or, with `allowingSeveral`, each entity of that very name when
    /// several types have it (`Ford` the company and a person `Ford`).
    public func resolveAll(_ name: String, allowingSeveral: Bool,
                           knownAs: (String) -> String? = { _ in nil }) throws(EntityNameError) -> [GraphEntity] {
        let (bare, type) = Self.typedName(name)
        let result: LookupResult
        do { result = try lookup(bare, type: type, knownAs: knownAs) } catch { throw .store(error) }
        switch result {
        case .found(let entity): return [entity]
        case .sameName(let entities) where allowingSeveral: return entities
        case .sameName(let entities): throw .sameName(name: name, entities: entities)
        case .ambiguous(let candidates): throw .ambiguous(name: name, candidates: candidates)
        case .notFound(let suggestions): throw .notFound(name: name, path: path, suggestions: suggestions)
        }
    }

    /// `Ford (PERSON)` → `Ford`, person; any other text is a name of any type.
    public static func typedName(_ name: String) -> (name: String, type: EntityType?) {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("),
              let type = EntityType(name: String(name[name.index(after: open)..<name.index(before: name.endIndex)])) else {
            return (name, nil)
        }
        return (name[..<open].trimmingCharacters(in: .whitespaces), type)
    }
}
