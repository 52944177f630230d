import ArgumentParser
import Graph

/// `graphtool relations`: who does what to whom, around one entity.
struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the actions an entity takes part in (Exxon Mobil —exit→ Russia), with their sentences.",
        discussion: "Actions are extracted from each sentence by rules (`graphtool extract --explain` names them); negated ones are marked “not”.")

    @Argument(help: "The entity's name, an alias or a near spelling.")
    var name: String

    @Option(name: .customLong("as"), help: "Only actions where the entity is the subject, or the object.")
    var role: RelationQuery.Role?

    @Option(help: "Only this predicate, as extracted (exit, call on, impose).")
    var predicate: String?

    @Option(help: "Show at most this many relations.")
    var limit = 50

    @Option(help: "Sentences to show for each relation.")
    var evidence = 2

    @OptionGroup var documents: DocumentFilterOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be 1 or more") }
        guard evidence >= 0 else { throw ValidationError("--evidence must be 0 or more") }
    }

    func run() throws {
        let graph = try store.open(.read)
        var query = RelationQuery()
        query.role = role
        query.predicate = predicate
        query.limit = limit
        query.evidence = evidence
        query.documents = documents.filter
        let entity = try EntityName.resolve(name, in: graph)
        let relations = try store.timed("relations") { try graph.relations(of: entity, query) }
        if store.json { return try JSONOutput.print(relations) }
        guard !relations.isEmpty else {
            print("no actions recorded for \(entity.name)\(role.map { " as \($0.rawValue)" } ?? "")\(predicate.map { " with predicate “\($0)”" } ?? "")")
            return
        }
        for relation in relations {
            let verb = relation.action
            print("\(relation.subject) —\(verb)→ \(relation.object)  (\(relation.sentences) sentences, \(relation.documents) documents)")
            for sentence in relation.evidence { print("    \(sentence.citation)") }
        }
    }
}

extension RelationQuery.Role: ExpressibleByArgument {}
