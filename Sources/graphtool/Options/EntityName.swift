import Foundation
import Graph
import NER

/// Turns a name typed by the user into a stored entity, or a failure that lists the candidates
/// or suggests the closest names.
enum EntityName {
    static func resolve(_ name: String, in store: GraphStore) throws -> GraphEntity {
        switch try store.lookup(name, knownAs: gazetteerName) {
        case .found(let entity):
            return entity
        case .ambiguous(let candidates):
            throw CommandFailure("“\(name)” could be any of: \(describe(candidates)); name one of them")
        case .notFound(let suggestions) where !suggestions.isEmpty:
            throw CommandFailure("no entity named “\(name)” in \(store.path); did you mean \(describe(suggestions))?")
        case .notFound:
            throw CommandFailure("no entity named “\(name)” in \(store.path); `graphtool entities` lists the entities")
        }
    }

    static func describe(_ entities: [GraphEntity]) -> String {
        entities.map { "\($0.name) (\($0.type.rawValue), \($0.mentions) mentions)" }.joined(separator: ", ")
    }

    /// The canonical name graphtool's gazetteers give `name` (`Kiev` → `Kyiv`), if any.
    static func gazetteerName(_ name: String) -> String? {
        guard let recognizer = try? EntityRecognizer.standard() else { return nil }
        let analysis = recognizer.analyze(SourceText(name: "name", utf8: Array("It was in \(name).".utf8)))
        return analysis.mentions.first { $0.text == name }?.entity
    }
}
