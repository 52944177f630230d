/// One document-level entity (or a known one) waiting to be clustered.
struct Candidate {
    var name: String
    var type: EntityType
    var forms: [String: Int] = [:]
    var documents: Set<String> = []
    /// The name is a gazetteer's canonical name.
    var fromGazetteer = false
    /// The name was forced by the user's alias file.
    var forced = false
    /// The candidate stands for an entity already in a store.
    var known = false

    var mentions: Int { forms.values.reduce(0, +) }

    /// All names of the candidate, folded.
    var foldedNames: Set<String> { Set([NameKey.folded(name)] + forms.keys.map(NameKey.folded)) }
}

/// Candidates keyed by type and name.
struct CandidateTable {
    let aliases: AliasRules
    private var table: [Key: Candidate] = [:]

    init(aliases: AliasRules) { self.aliases = aliases }

    /// Identifies a candidate: a type and a name.
    struct Key: Hashable, Comparable {
        var type: EntityType
        var name: String

        static func < (a: Key, b: Key) -> Bool { (a.type, a.name) < (b.type, b.name) }
    }

    /// The name a mention's entity goes by before clustering: the user's forced canonical, if any.
    func name(of mention: Mention) -> (name: String, forced: Bool) {
        if let forced = aliases.canonical(for: mention.text) ?? aliases.canonical(for: mention.entity) { return (forced, true) }
        return (mention.entity, false)
    }

    /// Adds the mentions of one document.
    mutating func add(_ mentions: [Mention], in document: String) {
        var local: [Key: Candidate] = [:]
        for mention in mentions {
            let (name, forced) = name(of: mention)
            let fromGazetteer = mention.entity == name && Self.isGazetteerRule(mention.rule)
            Self.update(&local[Key(type: mention.type, name: name), default: Candidate(name: name, type: mention.type)]) { candidate in
                candidate.forms[mention.text, default: 0] += 1
                candidate.forced = candidate.forced || forced
                candidate.fromGazetteer = candidate.fromGazetteer || fromGazetteer
            }
        }
        for (key, found) in local {
            Self.update(&table[key, default: Candidate(name: key.name, type: key.type)]) { candidate in
                candidate.forms.merge(found.forms, uniquingKeysWith: +)
                candidate.documents.insert(document)
                candidate.forced = candidate.forced || found.forced
                candidate.fromGazetteer = candidate.fromGazetteer || found.fromGazetteer
            }
        }
    }

    /// Mutates in place, so that a candidate's sets are not copied on every mention.
    private static func update(_ candidate: inout Candidate, _ change: (inout Candidate) -> Void) { change(&candidate) }

    /// A gazetteer named the mention (directly, or through document consistency), not a facility extension.
    private static func isGazetteerRule(_ rule: String) -> Bool {
        (rule.hasPrefix("gazetteer:") || rule.hasPrefix("consistency:gazetteer:")) && !rule.hasSuffix("+facility")
    }

    mutating func add(known entity: KnownEntity) {
        let forced = aliases.canonical(for: entity.canonical)
        let key = Key(type: entity.type, name: forced ?? entity.canonical)
        var candidate = table[key] ?? Candidate(name: forced ?? entity.canonical, type: entity.type)
        for (form, count) in entity.surfaceForms { candidate.forms[form, default: 0] += count }
        candidate.known = true
        candidate.forced = candidate.forced || forced != nil
        table[key] = candidate
    }

    /// Candidates in a fixed order, so that results do not depend on input order.
    func sorted() -> [Candidate] {
        table.sorted { $0.key < $1.key }.map(\.value)
    }
}
