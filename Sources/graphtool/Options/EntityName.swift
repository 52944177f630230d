import Foundation
import Graph
import NER

/// Turns a name typed by the user into stored entities, or a failure that lists the candidates
/// or suggests the closest names. `Ford (PERSON)` names the entity of that type only.
enum EntityName {
    /// The one entity `name` stands for.
    static func resolve(_ name: String, in store: GraphStore) throws -> GraphEntity {
        try entities(name, in: store, allowingSeveral: false)[0]
    }

    /// The entity `name` stands for, or, with `allowingSeveral`, each entity of that very name when
    /// several types have it (`Ford` the company and a person `Ford`).
    static func entities(_ name: String, in store: GraphStore, allowingSeveral: Bool) throws -> [GraphEntity] {
        let (bare, type) = split(name)
        switch try store.lookup(bare, type: type, knownAs: gazetteerName) {
        case .found(let entity):
            return [entity]
        case .sameName(let entities) where allowingSeveral:
            return entities
        case .sameName(let entities):
            throw CommandFailure("“\(name)” names \(entities.count) entities: \(describe(entities)); "
                                 + "add the type to name one, e.g. “\(entities[0].name) (\(entities[0].type.rawValue))”")
        case .ambiguous(let candidates):
            throw CommandFailure("“\(name)” could be any of: \(describe(candidates)); name one of them")
        case .notFound(let suggestions) where !suggestions.isEmpty:
            throw CommandFailure("no entity named “\(name)” in \(store.path); did you mean \(describe(suggestions))?")
        case .notFound:
            throw CommandFailure("no entity named “\(name)” in \(store.path); `graphtool entities` lists the entities")
        }
    }

    /// `Ford (PERSON)` → `Ford`, person; any other text is a name of any type.
    static func split(_ name: String) -> (name: String, type: EntityType?) {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("),
              let type = EntityType(name: String(name[name.index(after: open)..<name.index(before: name.endIndex)])) else {
            return (name, nil)
        }
        return (name[..<open].trimmingCharacters(in: .whitespaces), type)
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
