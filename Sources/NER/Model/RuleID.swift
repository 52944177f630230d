/// The rule that decided a mention and its type: its family, the data source it read, the words
/// next to the name it took in, and what document consistency did with it. It renders itself as the
/// rule's text (`gazetteer:country`, `title+name`, `consistency:gazetteer:tech`,
/// `gazetteer:city+media`) without being parsed back from it.
///
/// Cheap to copy: the source is a list or cue name (a literal or a short inline string) or a name
/// the document already holds.
public struct RuleID: Hashable, Sendable, CustomStringConvertible, TextOutputStreamable {
    /// Words before or after the name that the rule took into the mention.
    public enum Qualifier: Sendable, CaseIterable {
        /// A political unit and `of` before a place (`State of Texas`): `polity-of+gazetteer:region`.
        case polityOf
        /// A compass word before a place (`South East Asia`): `compass+gazetteer:geo`.
        case compass
        /// A demonym before a name with a head word (`Saudi Gazette`): `demonym+head:company`.
        case demonym
        /// A newspaper's title after a place (`Edmonton Sun`): `gazetteer:city+media`.
        case media
        /// A facility phrase after a place (`Zaporozhye nuclear power plant`): `gazetteer:city+facility`.
        case facility
        /// A compass word after a place, a district (`Kowloon West`): `gazetteer:city+district`.
        case district

        /// Whether the words come before the name.
        public var precedesName: Bool {
            switch self {
            case .polityOf, .compass, .demonym: true
            case .media, .facility, .district: false
            }
        }

        /// The qualifier as rules write it, with its `+` on the side of the name.
        var name: String {
            switch self {
            case .polityOf: "polity-of+"
            case .compass: "compass+"
            case .demonym: "demonym+"
            case .media: "+media"
            case .facility: "+facility"
            case .district: "+district"
            }
        }
    }

    /// What the rule read (see ``RuleFamily``): a gazetteer list, a head's type, a context cue, the
    /// name a document-level rule refers to; empty for families without one. Stored first, so that
    /// the one-byte fields pack after it (20 bytes, not 27).
    public var source: String
    public var family: RuleFamily
    public var qualifier: Qualifier?
    /// The mention is a further occurrence of a name the document decided elsewhere by this rule
    /// (document consistency): `consistency:gazetteer:tech`.
    public var isRepeat: Bool
    /// Document consistency gave the mention the type the name has elsewhere in the document:
    /// `gazetteer:country+consistency`.
    public var isRetyped: Bool

    public init(_ family: RuleFamily, source: String = "", qualifier: Qualifier? = nil, isRepeat: Bool = false, isRetyped: Bool = false) {
        self.family = family
        self.source = source
        self.qualifier = qualifier
        self.isRepeat = isRepeat
        self.isRetyped = isRetyped
    }

    /// A gazetteer's name with nothing before it, found where it stands or repeated by document
    /// consistency; words after it may extend it (`Edmonton Sun`).
    public var isGazetteerName: Bool {
        family == .gazetteer && qualifier?.precedesName != true
    }

    /// The rule with `qualifier` for the words next to the name.
    func qualified(_ qualifier: Qualifier?) -> RuleID {
        var rule = self
        rule.qualifier = qualifier
        return rule
    }

    /// Writes the rule's text in parts, building no string.
    public func write<Target: TextOutputStream>(to target: inout Target) {
        if isRepeat { target.write("consistency:") }
        if let qualifier, qualifier.precedesName { target.write(qualifier.name) }
        target.write(family.name)
        target.write(source)
        if let qualifier, !qualifier.precedesName { target.write(qualifier.name) }
        if isRetyped { target.write("+consistency") }
    }

    /// The rule's text, as the JSONL `rule` field and `--explain` show it.
    public var description: String {
        var text = ""
        write(to: &text)
        return text
    }
}
