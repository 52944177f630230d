/// One real-world entity after resolution: its canonical name, type and every way it was written.
public struct ResolvedEntity: Sendable, Equatable {
    public var canonical: String
    public var type: EntityType
    /// Each surface form with the number of mentions written that way.
    public var surfaceForms: [String: Int]
    /// Positions in ``Resolution/documents`` of the documents that mention it, ascending.
    public var documents: [Int]

    public init(canonical: String, type: EntityType, surfaceForms: [String: Int] = [:], documents: [Int] = []) {
        self.canonical = canonical
        self.type = type
        self.surfaceForms = surfaceForms
        self.documents = documents
    }

    /// Number of mentions.
    public var mentionCount: Int { surfaceForms.values.reduce(0, +) }

    /// Its type and canonical name: what tells it from other entities.
    public var key: EntityKey { EntityKey(type: type, name: canonical) }
}

/// An entity already known (from a store), that new documents resolve against.
public struct KnownEntity: Sendable, Equatable {
    public var canonical: String
    public var type: EntityType
    /// Surface forms seen so far, with counts; the canonical name need not be among them.
    public var surfaceForms: [String: Int]

    public init(canonical: String, type: EntityType, surfaceForms: [String: Int]) {
        self.canonical = canonical
        self.type = type
        self.surfaceForms = surfaceForms
    }

    /// Its type and canonical name: what tells it from other entities.
    public var key: EntityKey { EntityKey(type: type, name: canonical) }
}

/// The outcome of resolving documents.
public struct Resolution: Sendable {
    /// The documents with every mention's `entity` set to its final canonical name.
    public var documents: [DocumentAnalysis]
    /// The resolved entities of the documents and of the known entities, by canonical name, then type.
    public var entities: [ResolvedEntity]
    /// For each document, the index in ``entities`` of each mention's entity: its canonical name
    /// without hashing it again.
    public var mentionEntities: [[Int]]
    /// Known entities whose canonical name changed: they were merged into another entity or got a
    /// better name. Old key → new key (of the same type).
    public var renamed: [EntityKey: EntityKey]
}
