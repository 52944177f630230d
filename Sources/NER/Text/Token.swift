/// One token: a span of the source bytes with its kind, shape and the whitespace before it.
///
/// Tokens do not copy text; `start` and `end` are byte offsets into ``SourceText/bytes``.
public struct Token: Sendable, Equatable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits, internal apostrophes, `&` or abbreviation periods.
        case word
        /// Starts with a digit: `1,600`, `2.5`, `21st`.
        case number
        /// The possessive ending `'s`, `’s` or a lone `’` after a plural.
        case possessive
        /// Any other single character.
        case punctuation
    }

    /// The whitespace between the previous token and this one.
    public enum Gap: UInt8, Sendable, Comparable {
        case none, space, newline, blankLine

        public static func < (lhs: Gap, rhs: Gap) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Letter-case and form features of a word.
    public struct Shape: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first letter is uppercase.
        public static let capitalized = Shape(rawValue: 1)
        /// Every letter is uppercase and there are at least two letters.
        public static let allCaps = Shape(rawValue: 2)
        /// The word contains periods: `U.S.`, `Mr.`.
        public static let periods = Shape(rawValue: 4)
        /// The word contains a digit.
        public static let digit = Shape(rawValue: 8)
        /// The word contains a lowercase letter.
        public static let lowercase = Shape(rawValue: 16)
    }

    public var start: Int32
    public var end: Int32
    public var kind: Kind
    public var shape: Shape
    public var gap: Gap

    public init(start: Int, end: Int, kind: Kind, shape: Shape, gap: Gap) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.kind = kind
        self.shape = shape
        self.gap = gap
    }

    /// The byte range of the token.
    public var range: Range<Int> { Int(start)..<Int(end) }

    /// True when the token begins with an uppercase letter.
    public var isCapitalized: Bool { shape.contains(.capitalized) }
}
