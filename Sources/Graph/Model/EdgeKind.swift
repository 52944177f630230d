/// The two kinds of edges between entities.
public enum EdgeKind: String, Sendable, Codable, CaseIterable {
    /// Undirected: both entities are named in one sentence.
    case coMention = "co-mention"
    /// Directed, labelled by a predicate: the subject does something to the object.
    case action

    /// The integer stored in the `edges.kind` column.
    var code: Int { self == .coMention ? 0 : 1 }

    init(code: Int) { self = code == 0 ? .coMention : .action }
}
