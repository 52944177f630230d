/// One step on the way from a sentence's start to the clause that states an action. Raw values
/// are nonzero and below 16: ``ClausePath`` packs them four bits each.
public enum ClauseLink: UInt8, Sendable, CaseIterable {
    /// A participle clause opening the sentence, or a fronted phrase (`After accusing Ukraine of …,
    /// Moscow`; `In Kowloon West, Wilson Or was elected`): `fronted+`.
    case fronted = 1
    /// `with` and an `-ing` clause (`with Canada announcing …`): `absolute+`.
    case absolute
    /// A relative clause (`Skoda Auto, which is halting …`): `relative+`.
    case relative
    /// A participle after a comma (`Duke University, located in Durham`): `apposition+`.
    case apposition
    /// A clause under a reporting verb (`Exxon Mobil said it would exit Russia`): `reported+`.
    case reported
    /// A verb coordinated with the one before (`condemned the invasion and called on Russia`): `coordinated+`.
    case coordinated
    /// An `-ing` participle after a comma (`…, joining Shell and BP`): `participle+`.
    case participle
    /// Subjects added by `as well as` (`Ann Chiang was re-elected, as well as Claudia Mo`): `additive+`.
    case additive
    /// A relative `where` naming the place of a passive (`Energodar, where the plant is located`): `where+`.
    case `where`

    /// The link as rules write it, with its `+`.
    var name: String {
        switch self {
        case .fronted: "fronted+"
        case .absolute: "absolute+"
        case .relative: "relative+"
        case .apposition: "apposition+"
        case .reported: "reported+"
        case .coordinated: "coordinated+"
        case .participle: "participle+"
        case .additive: "additive+"
        case .where: "where+"
        }
    }
}

/// The links from a sentence's start to a clause, in reading order (`relative+reported+`), packed
/// four bits a link into one integer so that extending a path allocates nothing.
public struct ClausePath: Hashable, Sendable, Sequence {
    /// Link codes, the first in the lowest four bits; zero ends the path.
    private var packed: UInt64

    /// The most links a path holds.
    private static let capacity = UInt64.bitWidth / 4

    /// The path of a clause read where it stands: no links.
    public init() { packed = 0 }

    /// The path of one link.
    public init(_ link: ClauseLink) { packed = UInt64(link.rawValue) }

    /// The number of links.
    public var count: Int { (UInt64.bitWidth - packed.leadingZeroBitCount + 3) / 4 }

    /// The path with `link` after its last link.
    public func appending(_ link: ClauseLink) -> ClausePath {
        precondition(count < Self.capacity, "a clause path holds at most \(Self.capacity) links")
        var path = self
        path.packed |= UInt64(link.rawValue) << (4 * count)
        return path
    }

    /// The path followed by the links of `other`.
    public func appending(_ other: ClausePath) -> ClausePath {
        other.reduce(self) { $0.appending($1) }
    }

    public func makeIterator() -> Iterator { Iterator(rest: packed) }

    /// The links of a path, first to last.
    public struct Iterator: IteratorProtocol {
        var rest: UInt64

        public mutating func next() -> ClauseLink? {
            guard rest != 0 else { return nil }
            defer { rest >>= 4 }
            return ClauseLink(rawValue: UInt8(truncatingIfNeeded: rest & 0xF))
        }
    }
}
