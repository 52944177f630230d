/// What tells one entity from another, from resolution to the store: its type and canonical name.
///
/// The company `Ford` and a person called `Ford` share a name but are two entities.
public struct EntityKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var type: EntityType
    /// The canonical name.
    public var name: String

    public init(type: EntityType, name: String) {
        self.type = type
        self.name = name
    }

    /// Ordered by type, then name.
    public static func < (a: EntityKey, b: EntityKey) -> Bool { (a.type, a.name) < (b.type, b.name) }

    /// `Ford (COMPANY)`.
    public var description: String { "\(name) (\(type.rawValue))" }
}
