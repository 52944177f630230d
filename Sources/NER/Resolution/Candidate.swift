/// One document-level entity (or a known one) waiting to be clustered.
struct Candidate {
    var name: String
    var type: EntityType
    var forms: [String: Int] = [:]
    /// Positions of the documents that name it, in the order added (ascending, each once).
    var documents: [Int32] = []
    /// The name is a gazetteer's canonical name.
    var fromGazetteer = false
    /// The name was forced by the user's alias file.
    var forced = false
    /// The candidate stands for an entity already in a store.
    var known = false
    /// The number of the last document added (see ``CandidateTable/add(_:)``), so that a
    /// document is inserted once, not once per mention.
    var lastDocument = -1

    var mentions: Int { forms.values.reduce(0, +) }

    var key: EntityKey { EntityKey(type: type, name: name) }

    /// All names of the candidate, folded.
    var foldedNames: Set<String> { Set([NameKey.folded(name)] + forms.keys.map(NameKey.folded)) }
}

/// Candidates by ``EntityKey``.
struct CandidateTable {
    let aliases: AliasRules
    private var candidates: [Candidate] = []
    private var index: [EntityKey: Int] = [:]
    /// How many documents ``add(_:)`` has added.
    private var documentCount = 0

    init(aliases: AliasRules) { self.aliases = aliases }

    /// The name the entity of a mention written `text` goes by before clustering: the user's forced
    /// canonical, if any, else `entity`. (Given the two names, not the mention, so that reading a
    /// mention of an array does not copy it.)
    func name(text: String, entity: String) -> (name: String, forced: Bool) {
        if let forced = aliases.canonical(for: text) ?? aliases.canonical(for: entity) { return (forced, true) }
        return (entity, false)
    }

    /// Adds the mentions of the next document; returns each mention's candidate, as a position in
    /// insertion order (``sorted()`` maps it to the sorted order).
    mutating func add(_ mentions: [Mention]) -> [Int32] {
        var slots: [Int32] = []
        slots.reserveCapacity(mentions.count)
        let number = documentCount
        documentCount += 1
        for m in mentions.indices {
            let (name, forced) = name(text: mentions[m].text, entity: mentions[m].entity)
            let i = slot(EntityKey(type: mentions[m].type, name: name))
            slots.append(Int32(i))
            candidates[i].forms[mentions[m].text, default: 0] += 1
            if candidates[i].lastDocument != number {
                candidates[i].documents.append(Int32(number))
                candidates[i].lastDocument = number
            }
            if forced { candidates[i].forced = true }
            // A gazetteer named the mention (where it stands or through document consistency), not a facility extension.
            if !candidates[i].fromGazetteer, mentions[m].entity == name, mentions[m].rule.isGazetteerName, mentions[m].rule.qualifier != .facility {
                candidates[i].fromGazetteer = true
            }
        }
        return slots
    }

    /// The index of the candidate for `key`, added when new.
    private mutating func slot(_ key: EntityKey) -> Int {
        if let i = index[key] { return i }
        candidates.append(Candidate(name: key.name, type: key.type))
        index[key] = candidates.count - 1
        return candidates.count - 1
    }

    mutating func add(known entity: KnownEntity) {
        let forced = aliases.canonical(for: entity.canonical)
        let i = slot(EntityKey(type: entity.type, name: forced ?? entity.canonical))
        for (form, count) in entity.surfaceForms { candidates[i].forms[form, default: 0] += count }
        candidates[i].known = true
        if forced != nil { candidates[i].forced = true }
    }

    /// Candidates in a fixed order, so that results do not depend on input order, and the new
    /// position of each candidate by its insertion position.
    func sorted() -> (candidates: [Candidate], position: [Int]) {
        let order = candidates.indices.sorted { candidates[$0].key < candidates[$1].key }
        var position = [Int](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { position[old] = new }
        return (order.map { candidates[$0] }, position)
    }
}
