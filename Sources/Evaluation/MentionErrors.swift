/// A false positive or false negative mention, classified.
public struct MentionError: Sendable, Equatable {
    /// What went wrong.
    public enum Kind: String, Sendable, CaseIterable {
        /// The span is right but the type is not acceptable (or the span was already matched).
        case wrongType = "wrong type"
        /// The span overlaps a mention of the other side without being equal to it.
        case boundary = "boundary"
        /// A prediction that overlaps no gold mention.
        case spurious = "spurious"
        /// A gold mention that no prediction overlaps.
        case missed = "missed"
    }

    public var kind: Kind
    /// The document key.
    public var document: String
    public var span: Range<Int>
    /// The mention's own type (predicted for a false positive, gold for a false negative).
    public var type: String
    public var text: String
    /// The other side's view: `gold PLACE`, `predicted as COMPANY`, `overlaps gold [3,9) PLACE`.
    public var detail: String
}

/// A false positive or false negative relation.
public struct RelationError: Sendable, Equatable {
    /// The document key.
    public var document: String
    /// The relation as predicted (false positive) or as in the gold (false negative).
    public var relation: RelationAnnotation
    /// For a false positive: the gold canonicals its subject and object were mapped to (nil: unmapped).
    public var mappedSubject: String?
    public var mappedObject: String?
}

/// Every error of an evaluation, grouped by side.
public struct ErrorList: Sendable, Equatable {
    public var mentionFalsePositives: [MentionError] = []
    public var mentionFalseNegatives: [MentionError] = []
    public var relationFalsePositives: [RelationError] = []
    public var relationFalseNegatives: [RelationError] = []

    public init() {}
}
