/// Keys that find the stored entities a batch of documents could be resolved with.
///
/// The resolver compares names only within blocks: equal folded names, people whose surnames
/// share a consonant skeleton, organizations and companies that share an acronym. A store that
/// indexes each entity under the keys of its name and surface forms need only pass the resolver
/// the entities that share a key with the batch (``blockingKeys(of:)``) instead of all of them.
///
/// ```swift
/// let keys = resolver.blockingKeys(of: analyses)                       // the batch's keys
/// EntityResolver.blockingKeys(name: "Vladimir Putin", type: .person)   // ["=vladimir putin", "~ptn"]
/// ```
extension EntityResolver {
    /// The keys of an entity's canonical name: its folded name, its surname's skeleton for a
    /// person, the name itself when it is an acronym.
    public static func blockingKeys(name: String, type: EntityType) -> [String] {
        var keys = ["=" + NameKey.folded(name)]
        if type == .person, let person = PersonName(name) { keys.append("~" + NameKey.skeleton(person.surname)) }
        keys += blockingKeys(form: name)
        return keys
    }

    /// The keys of a way an entity is written: the form when it is an acronym.
    public static func blockingKeys(form: String) -> [String] {
        Clustering.isAcronym(form) ? ["A" + form] : []
    }

    /// The keys of every name `documents` resolve under (the alias file applied), and of every
    /// name in the alias file.
    /// - Complexity: O(mentions) hashing, then O(distinct names) folding.
    public func blockingKeys(of documents: [DocumentAnalysis]) -> Set<String> {
        let table = CandidateTable(aliases: aliases)
        var names = Set<EntityKey>(), keys = Set<String>()
        for document in documents {
            for m in document.mentions.indices {
                names.insert(EntityKey(type: document.mentions[m].type, name: table.name(text: document.mentions[m].text, entity: document.mentions[m].entity).name))
                for key in Self.blockingKeys(form: document.mentions[m].text) { keys.insert(key) }
            }
        }
        for name in names { keys.formUnion(Self.blockingKeys(name: name.name, type: name.type)) }
        for (variant, canonical) in aliases.forced {
            for name in [variant, canonical] { keys.formUnion(Self.blockingKeys(name: name, type: .person)) }
        }
        return keys
    }
}
