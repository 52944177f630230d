/// The kind of rule that decided a mention: what evidence it read. Rules of one family differ by
/// their data source (``RuleID/source``): the gazetteer list, the head word's type, the context cue
/// or the name a document-level rule refers to.
public enum RuleFamily: Sendable, CaseIterable {
    /// A gazetteer name; the source is its list (`country`, `city`, `tech`): `gazetteer:country`.
    case gazetteer
    /// A name ending in a head word (`Ministry`, `Group`, `Square`); the source is the type the head
    /// gives, in lowercase (`organization`, `company`, `place`): `head:organization`.
    case head
    /// The words around unknown capitalized words; the source is the cue (`deal`, `shares-of`,
    /// `reporting-verb`): `context:deal`.
    case context
    /// Two or three unknown capitalized words shaped like a personal name: `name-shape`.
    case nameShape
    /// A landform or water of a name (`Strait of Hormuz`): `landform-of`.
    case landformOf
    /// A field of public life before a name of the source's list (`Environment Canada`): `agency-field+country`.
    case agencyField
    /// A place prefix before a name (`Cape Canaveral`): `place-prefix`.
    case placePrefix
    /// A name after a title or role (`Finance Minister Jorunn Tveitavik`): `title+name`.
    case titleName
    /// A name that starts with a first name: `first-name`.
    case firstName
    /// An all-caps word no list explains: `acronym`.
    case acronym
    /// An acronym the document defines; the source is the defining name: `acronym-of:International Criminal Court`.
    case acronymOf
    /// A word that is the surname of a person the document names in full; the source is that person:
    /// `surname-of:Andy Warhol`.
    case surnameOf
    /// A word one edit away from a person's name in the document; the source is that name:
    /// `variant-of:Kravchenkov`.
    case variantOf
    /// A place that stands for a sports team in a match report: `sports-team`.
    case sportsTeam
    /// A place's name no list knows, in capitals opening a line before `, Place` or a date, as
    /// datelines are written: `dateline`.
    case dateline
    /// The given name of the only person the document names in full by it; found again by document
    /// consistency only: `consistency:given-name`.
    case givenName
    /// The last word of a person's full name; found again by document consistency only: `consistency:surname`.
    case surname
    /// The first word of an organization's or company's name; found again by document consistency
    /// only: `consistency:short-form`.
    case shortForm

    /// The family's name as rules write it, with the separator before the source when the family has one.
    var name: String {
        switch self {
        case .gazetteer: "gazetteer:"
        case .head: "head:"
        case .context: "context:"
        case .nameShape: "name-shape"
        case .landformOf: "landform-of"
        case .agencyField: "agency-field+"
        case .placePrefix: "place-prefix"
        case .titleName: "title+name"
        case .firstName: "first-name"
        case .acronym: "acronym"
        case .acronymOf: "acronym-of:"
        case .surnameOf: "surname-of:"
        case .variantOf: "variant-of:"
        case .sportsTeam: "sports-team"
        case .dateline: "dateline"
        case .givenName: "given-name"
        case .surname: "surname"
        case .shortForm: "short-form"
        }
    }
}
