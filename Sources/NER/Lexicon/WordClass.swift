/// What the lexicon knows about a word or phrase besides a gazetteer entity.
///
/// Class lists are matched in lowercase (`foreign minister`, `said`), except first names and
/// demonyms, which are matched as written.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// An ordinary English word in lowercase use (WordNet lemmas and their inflections).
    public static let common = WordClass(rawValue: 1 << 0)
    /// A closed-class word: determiner, pronoun, preposition, conjunction, auxiliary.
    public static let function = WordClass(rawValue: 1 << 1)
    /// A given name (`Vladimir`, `Dmytro`).
    public static let firstName = WordClass(rawValue: 1 << 2)
    /// A title or role before a person's name (`President`, `foreign minister`, `spokesman`).
    public static let title = WordClass(rawValue: 1 << 3)
    /// The last word of an organization's name (`Ministry`, `Agency`, `Commission`).
    public static let organizationHead = WordClass(rawValue: 1 << 4)
    /// The last word of a company's name (`Inc`, `Group`, `Airlines`).
    public static let companySuffix = WordClass(rawValue: 1 << 5)
    /// The last word of a place's or facility's name (`Square`, `Station`, `County`).
    public static let placeHead = WordClass(rawValue: 1 << 6)
    /// The last word of an event's name (`War`, `Games`, `Prix`): not an entity.
    public static let eventHead = WordClass(rawValue: 1 << 7)
    /// A word that may join the parts of a name (`of`, `for`, `de`, `al`, `bin`).
    public static let connector = WordClass(rawValue: 1 << 8)
    /// A verb that reports speech (`said`, `told`, `tweeted`).
    public static let reportingVerb = WordClass(rawValue: 1 << 9)
    /// A capitalized word or acronym that never names an entity (`CEO`, `COVID`, `GDP`).
    public static let nonEntity = WordClass(rawValue: 1 << 10)
    /// A word that takes an abbreviation period (`mr`, `feb`, `gen`).
    public static let abbreviation = WordClass(rawValue: 1 << 11)
    /// A month or weekday name.
    public static let dateWord = WordClass(rawValue: 1 << 12)
    /// A nationality adjective or noun (`Russian`, `Ukrainians`); its country is the entry's canonical.
    public static let demonym = WordClass(rawValue: 1 << 13)
    /// A word that, with a lowercase noun after a name, marks an organization (`agency`, `club`).
    public static let organizationNoun = WordClass(rawValue: 1 << 14)
    /// A lowercase facility noun that extends a place name (`nuclear power plant`, `airport`).
    public static let facilityNoun = WordClass(rawValue: 1 << 15)
    /// A lowercase word after a name that marks a company (`news agency`, `retailer`).
    public static let companyNoun = WordClass(rawValue: 1 << 16)

    /// Classes matched against the lowercased text.
    public static let lowercaseClasses: WordClass = [
        .common, .function, .title, .organizationHead, .companySuffix, .placeHead, .eventHead, .connector,
        .reportingVerb, .nonEntity, .abbreviation, .dateWord, .organizationNoun, .facilityNoun, .companyNoun,
    ]
}
