/// Why a name typed by a user names no single stored entity; the message lists the candidates or
/// the closest names.
public enum EntityNameError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Several entities match equally well.
    case ambiguous(name: String, candidates: [GraphEntity])
    /// Nothing matches; `suggestions` are the closest names, if any.
    case notFound(name: String, path: String, suggestions: [GraphEntity])
    /// The store could not be read.
    case store(GraphStoreError)

    public var description: String {
        switch self {
        case .ambiguous(let name, let candidates):
            return "“\(name)” could be any of: \(Self.describe(candidates)); name one of them"
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

extension GraphStore {
    /// The one entity ``lookup(_:knownAs:)`` finds for `name`, or an error that lists the
    /// candidates or suggests the closest names.
    public func resolve(_ name: String, knownAs: (String) -> String? = { _ in nil }) throws(EntityNameError) -> GraphEntity {
        let result: LookupResult
        do { result = try lookup(name, knownAs: knownAs) } catch { throw .store(error) }
        switch result {
        case .found(let entity): return entity
        case .ambiguous(let candidates): throw .ambiguous(name: name, candidates: candidates)
        case .notFound(let suggestions): throw .notFound(name: name, path: path, suggestions: suggestions)
        }
    }
}
