/// The four kinds of named entity graphtool recognizes.
public enum EntityType: String, Sendable, CaseIterable, Codable, Comparable {
    /// A named individual.
    case person = "PERSON"
    /// Countries, regions, cities, geographic areas and named facilities or landmarks.
    case place = "PLACE"
    /// Non-commercial bodies: governments' bodies, international bodies, armies, courts, clubs.
    case organization = "ORGANIZATION"
    /// Commercial businesses, including banks, media companies and news agencies.
    case company = "COMPANY"

    /// Parses `PERSON`, `person`, `Place`…; nil for anything else.
    public init?(name: String) {
        self.init(rawValue: name.uppercased())
    }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// Hashes the case, not its name: entity types key many dictionaries on hot paths.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .person: hasher.combine(0 as UInt8)
        case .place: hasher.combine(1 as UInt8)
        case .organization: hasher.combine(2 as UInt8)
        case .company: hasher.combine(3 as UInt8)
        }
    }
}
