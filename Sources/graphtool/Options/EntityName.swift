import Foundation
import Graph
import NER

/// Turns a name typed by the user into a stored entity, or a failure that lists the candidates
/// or suggests the closest names.
enum EntityName {
    static func resolve(_ name: String, in store: GraphStore) throws -> GraphEntity {
        do { return try store.resolve(name, knownAs: gazetteerName) } catch { throw CommandFailure(error.description) }
    }

    /// The canonical name graphtool's gazetteers give `name` (`Kiev` → `Kyiv`), if any.
    static func gazetteerName(_ name: String) -> String? {
        (try? EntityRecognizer.standard())?.gazetteerName(name)
    }
}
