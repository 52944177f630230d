/// Where an annotation was read from, for messages: a file and, for line-based files, a line.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    /// The 1-based line, when the file is read line by line.
    public var line: Int?

    public init(file: String, line: Int? = nil) {
        self.file = file
        self.line = line
    }

    /// `FILE line N`, or `FILE` alone.
    public var description: String { line.map { "\(file) line \($0)" } ?? file }
}

/// One entity mention, as a gold file or a prediction states it.
public struct EntityAnnotation: Sendable, Equatable {
    /// Start offset in Unicode code points.
    public var start: Int
    /// End offset in Unicode code points, exclusive.
    public var end: Int
    /// The stated type, e.g. `PERSON`.
    public var type: String
    /// Other acceptable types (gold only).
    public var altTypes: [String]
    /// The canonical name of the entity mentioned (the surface text when none is given).
    public var entity: String
    /// The mention's surface text, when given.
    public var text: String?
    /// Where the mention was read from.
    public var location: SourceLocation?

    public init(start: Int, end: Int, type: String, altTypes: [String] = [], entity: String, text: String? = nil, location: SourceLocation? = nil) {
        self.start = start
        self.end = end
        self.type = type
        self.altTypes = altTypes
        self.entity = entity
        self.text = text
        self.location = location
    }

    /// `start..<end`.
    public var span: Range<Int> { start..<end }
}

/// One action between two entities named by their canonical names.
public struct RelationAnnotation: Sendable, Equatable {
    public var subject: String
    public var predicate: String
    public var object: String
    /// Other acceptable predicates (gold only).
    public var altPredicates: [String]
    public var negated: Bool
    /// Gold flag: the action is expressed by an event noun.
    public var nominal: Bool
    /// Gold flag: an argument is not a named mention in subject or object position.
    public var indirect: Bool
    /// The gold's verbatim evidence, when given.
    public var evidence: String?
    /// The sentence the prediction was found in, in code points, when given.
    public var sentence: Range<Int>?
    public var location: SourceLocation?

    public init(subject: String, predicate: String, object: String, altPredicates: [String] = [], negated: Bool = false,
                nominal: Bool = false, indirect: Bool = false, evidence: String? = nil, sentence: Range<Int>? = nil,
                location: SourceLocation? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.altPredicates = altPredicates
        self.negated = negated
        self.nominal = nominal
        self.indirect = indirect
        self.evidence = evidence
        self.sentence = sentence
        self.location = location
    }

    /// A core relation: a plain verb clause between two named mentions (neither nominal nor indirect).
    public var isCore: Bool { !nominal && !indirect }
}

/// The annotations of one document.
public struct DocumentAnnotation: Sendable, Equatable {
    /// The document's name as stated (a file name, possibly with folders and `.txt`).
    public var name: String
    public var entities: [EntityAnnotation]
    public var relations: [RelationAnnotation]
    /// Where the document's (first) line was read from.
    public var location: SourceLocation?

    public init(name: String, entities: [EntityAnnotation] = [], relations: [RelationAnnotation] = [], location: SourceLocation? = nil) {
        self.name = name
        self.entities = entities
        self.relations = relations
        self.location = location
    }

    /// The key documents are paired on: ``DocumentKey/key(for:)`` of the name.
    public var key: String { DocumentKey.key(for: name) }
}

/// Document names are compared without folders and without a trailing `.txt`.
public enum DocumentKey {
    /// `a/b/000_x.txt` → `000_x`.
    public static func key(for name: String) -> String {
        var base = Substring(name)
        if let slash = base.lastIndex(of: "/") { base = base[base.index(after: slash)...] }
        if base.hasSuffix(".txt") { base = base.dropLast(4) }
        return String(base)
    }
}
