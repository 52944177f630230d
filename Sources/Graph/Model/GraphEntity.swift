import NER

/// One node of the graph: a resolved entity with its counts.
public struct GraphEntity: Sendable, Codable, Equatable {
    /// The store's row id; stable until the entity is merged into another.
    public var id: Int64
    /// The canonical name.
    public var name: String
    public var type: EntityType
    /// Number of mentions in all documents.
    public var mentions: Int
    /// Number of documents that name it.
    public var documents: Int
    /// The earliest and latest dates (`YYYY-MM-DD`) of the dated documents that name it.
    public var firstSeen: String?
    public var lastSeen: String?
}

/// A surface form of an entity with the number of mentions written that way.
public struct Alias: Sendable, Codable, Equatable {
    public var name: String
    public var count: Int
}
