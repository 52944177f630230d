/// What the lexicon knows about a word or phrase besides a gazetteer entity.
///
/// Class lists are matched in lowercase (`foreign minister`, `said`), except first names and
/// demonyms, which are matched as written.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

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
    /// A lowercase word that, after a name and a hyphen, makes an adjective of it (`Moscow-based`,
    /// `Kremlin-backed`): the hyphen ends the name there. Other lowercase words after a hyphen
    /// continue a name (`Leung Kwok-hung`).
    public static let compoundSuffix = WordClass(rawValue: 1 << 32)
    /// A word that marks a sports report (`match`, `goals`, `innings`).
    public static let sportsWord = WordClass(rawValue: 1 << 33)
    /// A verb form of a match between two teams (`beat`, `defeated`, `lost`).
    public static let matchVerb = WordClass(rawValue: 1 << 34)
    /// A role in a team that the team's place owns (`England's captain`, `Panama coach`).
    public static let teamRole = WordClass(rawValue: 1 << 35)
    /// A field of public life that names a nation's agency before its name (`Environment Canada`).
    public static let agencyField = WordClass(rawValue: 1 << 47)
    /// A noun for a vehicle or craft: the name after it is the craft's (`Space Shuttle Atlantis`).
    public static let vehicleNoun = WordClass(rawValue: 1 << 46)
    /// A word that opens a place's name before a name of its own (`Cape Canaveral`, `Lake Tahoe`).
    public static let placePrefix = WordClass(rawValue: 1 << 45)
    /// A newspaper title after a place's name (`Sun` in `Edmonton Sun`; `Rules/media_titles.txt`).
    public static let mediaTitle = WordClass(rawValue: 1 << 62)
    /// A political unit before `of` and a place (`State` in `State of Texas`; `Rules/polity_nouns.txt`).
    public static let polityNoun = WordClass(rawValue: 1 << 61)
    /// A landform or water before `of` and a name (`Gulf` in `Gulf of Mexico`; `Rules/landform_nouns.txt`).
    public static let landformNoun = WordClass(rawValue: 1 << 60)

    // Classes for action extraction (``ActionExtractor``), matched in lowercase.
    /// An inflected verb form (`exits`, `seized`, `took`); its lemma is the entry's target.
    /// A listed phrasal verb (`call on`, `pull out`) is a key of this class without a target.
    public static let verb = WordClass(rawValue: 1 << 17)
    /// A form of `be`, `have`, `do`, or a modal of intent (`will`, `would`, `can`).
    public static let auxiliary = WordClass(rawValue: 1 << 18)
    /// A word that negates its clause (`not`, `n't`, `never`).
    public static let negation = WordClass(rawValue: 1 << 19)
    /// A word that makes its clause hypothetical (`if`, `whether`, `might`, `could`).
    public static let hypothetical = WordClass(rawValue: 1 << 20)
    /// A preposition that takes a noun (`of`, `in`, `by`, `for`).
    public static let preposition = WordClass(rawValue: 1 << 21)
    /// A preposition that can bring a verb's object (`on`, `against`, `into`, `out of`).
    public static let argumentPreposition = WordClass(rawValue: 1 << 22)
    /// An adverb that may stand between a subject and its verb (`also`, `reportedly`).
    public static let adverb = WordClass(rawValue: 1 << 23)
    /// A determiner or possessive inside a noun phrase (`the`, `its`, `several`).
    public static let determiner = WordClass(rawValue: 1 << 24)
    /// A pronoun that repeats a reporting subject (`it`, `they`, `he`, `she`).
    public static let subjectPronoun = WordClass(rawValue: 1 << 25)
    /// A verb lemma whose `that` clause states what someone must do (`demand`, `urge`).
    public static let mandativeVerb = WordClass(rawValue: 1 << 26)
    /// A verb lemma whose coordinated subjects act on each other (`meet`, `talk`).
    public static let symmetricVerb = WordClass(rawValue: 1 << 27)
    /// A verb lemma that states no action between its arguments (`be`, `have`, `say`).
    public static let nonActionVerb = WordClass(rawValue: 1 << 28)
    /// A word more often a noun or adjective than a verb (`captain`, `summit`, `title`); from the
    /// frequencies in `Lexicons/word_tags.tsv`. A bare form of it is no verb without an auxiliary.
    public static let nounFirst = WordClass(rawValue: 1 << 29)
    /// A noun naming a person by role (`captain`, `coach`, `chairman`): `France captain Fabien Pelous`.
    public static let roleNoun = WordClass(rawValue: 1 << 30)
    /// A verb lemma or an event noun and a preposition whose noun is the verb's object (`impose on`, `meet with`,
    /// `halt in`); other prepositions than the directional ones bring adjuncts (`filed for bankruptcy in Houston`).
    public static let verbFrame = WordClass(rawValue: 1 << 31)
    /// A prefix written with a hyphen before a verb, which keeps the verb's lemma (`re-elected`, `co-founded`).
    public static let verbPrefix = WordClass(rawValue: 1 << 36)
    /// A verb lemma and a preposition whose noun is the object of the verb's passive subject without an agent
    /// (`elect in`, `bear in`, `send to`): `Albert Einstein was born in Ulm`.
    public static let passiveFrame = WordClass(rawValue: 1 << 37)
    /// A noun whose `to` infinitive states what the clause's subject does or means to do (`chance`, `attempts`).
    public static let intentNoun = WordClass(rawValue: 1 << 38)
    /// A verb lemma whose `to` infinitive did not or will not happen (`fail`, `refuse`, `miss` a chance).
    public static let negatingVerb = WordClass(rawValue: 1 << 39)

    /// A phrase whose names share the predicate of the clause before it (`as well as`, `along with`):
    /// `Ann Chiang was re-elected, as well as Claudia Mo`.
    public static let additive = WordClass(rawValue: 1 << 63)

    /// Classes matched against the lowercased text.
    public static let lowercaseClasses: WordClass = [
        .common, .function, .title, .organizationHead, .companySuffix, .placeHead, .eventHead, .connector,
        .reportingVerb, .nonEntity, .abbreviation, .dateWord, .organizationNoun, .facilityNoun, .companyNoun, .compoundSuffix,
        .sportsWord, .matchVerb, .teamRole, .agencyField, .vehicleNoun, .placePrefix, .mediaTitle, .polityNoun, .landformNoun,
        .verb, .auxiliary, .negation, .hypothetical, .preposition, .argumentPreposition, .adverb, .determiner,
        .subjectPronoun, .mandativeVerb, .symmetricVerb, .nonActionVerb, .nounFirst, .roleNoun, .verbFrame, .verbPrefix,
        .passiveFrame, .intentNoun, .negatingVerb, .additive,
    ]
}
