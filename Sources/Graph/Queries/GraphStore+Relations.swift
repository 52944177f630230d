import GRDB
import NER

/// What `relations` returns.
public struct RelationQuery: Sendable {
    /// Which side the entity must be on.
    public enum Role: String, Sendable, CaseIterable {
        case subject, object
    }

    /// Only relations where the entity is the subject, or the object; both when nil.
    public var role: Role?
    /// Only this predicate (its negation included), as extracted: `exit`, `call on`.
    public var predicate: String?
    public var limit = 50
    /// Evidence sentences to attach to each relation.
    public var evidence = 2
    /// The documents evidence is taken from.
    public var documents = DocumentFilter()

    public init() {}
}

/// An action between two stored entities, with its counts and supporting sentences.
public struct Relation: Sendable, Codable, Equatable {
    /// The subject's canonical name and type (with them, its ``EntityKey``).
    public var subject: String
    public var subjectType: EntityType
    /// The verb's lemma, with its particle (`call on`); without the negation.
    public var predicate: String
    /// The object's canonical name and type.
    public var object: String
    public var objectType: EntityType
    /// Whether the action is negated (`would not impose`).
    public var negated: Bool
    /// Sentences that state it.
    public var sentences: Int
    /// Documents that state it.
    public var documents: Int
    public var evidence: [Evidence]

    /// The action as shown to people (`impose`, `not impose`).
    public var action: String { ActionLabel.text(predicate: predicate, negated: negated) }
}

extension GraphStore {
    /// The actions `entity` takes part in, as subject or object, most often stated first.
    ///
    /// - Complexity: the entity's action runs (``ActionRuns``), ordered by weight, then a read by
    ///   id of each edge until `limit` pass the query.
    public func relations(of entity: GraphEntity, _ query: RelationQuery = RelationQuery()) throws(GraphStoreError) -> [Relation] {
        try read { db in
            let edges = try ActionRuns(db: db).edges(of: entity.id)
                .filter { edge in
                    edge.other == entity.id || query.role == nil || (query.role == .subject) == edge.outgoing
                }
                .sorted { ($1.sentences + $1.documents, $0.edge) < ($0.sentences + $0.documents, $1.edge) }
            let read = try db.cachedStatement(sql: "SELECT id, source, target, predicate, negated, sentences, documents FROM edges WHERE id = ?")
            var rows: [Row] = []
            for edge in edges where rows.count < query.limit {
                guard let row = try Row.fetchOne(read, arguments: [edge.edge]) else { continue }
                if let predicate = query.predicate, row["predicate"] != predicate { continue }
                rows.append(row)
            }
            let names = try EntityRows.fetch(db, ids: Set(rows.flatMap { [$0["source"] as Int64, $0["target"] as Int64] }))
            return try rows.compactMap { row -> Relation? in
                guard let subject = names[row["source"]], let object = names[row["target"]] else { return nil }
                return Relation(subject: subject.name, subjectType: subject.type, predicate: row["predicate"],
                                object: object.name, objectType: object.type, negated: row["negated"],
                                sentences: row["sentences"], documents: row["documents"],
                                evidence: try EntityRows.evidence(db, edge: row["id"], limit: query.evidence, filter: query.documents))
            }
        }
    }
}
