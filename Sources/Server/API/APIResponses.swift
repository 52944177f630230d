import Graph

/// `GET /api/lookup`: how the query matched, and the entities to offer.
struct LookupAnswer: Encodable {
    /// `found` (one entity), `ambiguous` (several equally good), `same-name` (entities of several
    /// types have this very name; add the type, `Ford (PERSON)`, to name one) or `suggestions` (none
    /// matched; the closest names, possibly none): the entity the CLI's commands would take.
    var match: String
    var entities: [GraphEntity]
    /// Entities with a word starting with the query, most mentioned first: search as you type.
    var completions: [GraphEntity]

    init(_ result: LookupResult, completions: [GraphEntity]) {
        switch result {
        case .found(let entity): (match, entities) = ("found", [entity])
        case .ambiguous(let candidates): (match, entities) = ("ambiguous", candidates)
        case .sameName(let sameName): (match, entities) = ("same-name", sameName)
        case .notFound(let suggestions): (match, entities) = ("suggestions", suggestions)
        }
        self.completions = completions
    }
}

/// `GET /api/neighbors`: the entity asked about and its neighbors, written by ``NeighborsJSON``.
struct NeighborsAnswer {
    var entity: GraphEntity
    var neighbors: [Neighbor]
}

/// `GET /api/evidence`: the sentences that state one edge.
struct EvidenceAnswer: Encodable {
    var source: GraphEntity
    var target: GraphEntity
    var kind: EdgeKind
    var predicate: String?
    /// False when the two are named in the same documents but in no one sentence: `evidence` then
    /// has the first sentence naming each in those documents.
    var sameSentence: Bool
    var evidence: [Evidence]
}

/// `GET /api/path`: the hops from one entity to another.
struct PathAnswer: Encodable {
    var from: GraphEntity
    var to: GraphEntity
    var hops: [PathHop]
}

/// `GET /api/styles`: the colour and shape of each entity type, as in the DOT export.
struct StylesAnswer: Encodable {
    var types: [String: ExportStyle]
}
