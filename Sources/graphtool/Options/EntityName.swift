import Foundation
import Graph
import NER

/// Turns a name typed by the user into stored entities, or a failure that lists the candidates
/// or suggests the closest names. `Ford (PERSON)` names the entity of that type only.
enum EntityName {
    /// The one entity `name` stands for.
    static func resolve(_ name: String, in store: any GraphStorage) throws -> GraphEntity {
        try entities(name, in: store, allowingSeveral: false)[0]
    }

    /// The entity `name` stands for, or, with `allowingSeveral`, each entity of that very name when
    /// several types have it (`Ford` the company and a person `Ford`).
    static func entities(_ name: String, in store: any GraphStorage, allowingSeveral: Bool) throws -> [GraphEntity] {
        do {
            return try store.resolveAll(name, allowingSeveral: allowingSeveral, knownAs: gazetteerName)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// The canonical name graphtool's gazetteers give `name` (`Kiev` → `Kyiv`), if any.
    static func gazetteerName(_ name: String) -> String? {
        (try? EntityRecognizer.standard())?.gazetteerName(name)
    }
}
