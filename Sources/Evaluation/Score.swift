/// Precision, recall and F1 with the counts behind them; a fraction is nil when undefined.
///
/// Precision is `tp / predicted` and recall `tpGold / gold`: the two true-positive counts differ
/// only where predictions and gold are counted under different keys (per type: the predicted type
/// for precision, the gold type for recall; core relations: all predictions, core gold).
public struct Score: Sendable, Equatable {
    /// True positives counted on the predicted side.
    public var tp = 0
    /// True positives counted on the gold side.
    public var tpGold = 0
    public var predicted = 0
    public var gold = 0

    public init(tp: Int = 0, tpGold: Int? = nil, predicted: Int = 0, gold: Int = 0) {
        self.tp = tp
        self.tpGold = tpGold ?? tp
        self.predicted = predicted
        self.gold = gold
    }

    /// `tp / predicted`; nil without predictions.
    public var precision: Double? { predicted > 0 ? Double(tp) / Double(predicted) : nil }

    /// `tpGold / gold`; nil without gold.
    public var recall: Double? { gold > 0 ? Double(tpGold) / Double(gold) : nil }

    /// The harmonic mean; 0 when either fraction is 0 or undefined, nil when both are undefined.
    public var f1: Double? {
        switch (precision, recall) {
        case (nil, nil): return nil
        case (let p?, let r?) where p > 0 && r > 0: return 2 * p * r / (p + r)
        default: return 0
        }
    }
}

/// How entity types are compared: upper-cased, ORGANIZATION and COMPANY optionally one type, and
/// optionally only some types scored.
public struct TypeScheme: Sendable, Equatable {
    /// Types whose names are merged into ORGANIZATION by ``collapsesOrganizations``.
    public static let organizationTypes: Set<String> = ["ORGANIZATION", "COMPANY"]
    /// The types graphtool knows, accepted by `--types`.
    public static let knownTypes: Set<String> = ["PERSON", "PLACE", "ORGANIZATION", "COMPANY"]

    public var collapsesOrganizations: Bool
    /// The scored types after normalization; nil for all.
    public private(set) var scoredTypes: Set<String>?

    /// `types` are normalized like every type; an unknown name is an error.
    public init(collapsesOrganizations: Bool = false, types: [String]? = nil) throws(EvaluationError) {
        self.collapsesOrganizations = collapsesOrganizations
        if let types {
            for type in types where !Self.knownTypes.contains(type.uppercased()) { throw .unknownType(type) }
            scoredTypes = Set(types.map(normalize))
        }
    }

    /// Upper-cased, with COMPANY read as ORGANIZATION when collapsing.
    public func normalize(_ type: String) -> String {
        let upper = type.uppercased()
        return collapsesOrganizations && Self.organizationTypes.contains(upper) ? "ORGANIZATION" : upper
    }

    /// Whether mentions of this (normalized) type are scored.
    public func scores(_ type: String) -> Bool { scoredTypes?.contains(type) ?? true }
}

/// The text normalizations names and predicates are compared under.
enum Normalized {
    /// Runs of whitespace become one space; leading and trailing whitespace go.
    static func whitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// ``whitespace(_:)``, lower-cased.
    static func predicate(_ text: String) -> String { whitespace(text).lowercased() }
}
