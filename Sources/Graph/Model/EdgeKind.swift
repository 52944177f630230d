/// The two kinds of edges between entities.
public enum EdgeKind: String, Sendable, Codable, CaseIterable {
    /// Undirected: both entities are named in one sentence.
    case coMention = "co-mention"
    /// Directed, labelled by a predicate: the subject does something to the object.
    case action
}
