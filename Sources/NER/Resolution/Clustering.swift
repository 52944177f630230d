/// Merges candidates into entities by the resolver's rules and names each entity.
struct Clustering {
    let candidates: [Candidate]
    let aliases: AliasRules
    private var sets: UnionFind
    /// Folded names of each set, by root, for the user's "never merge" rules.
    private var names: [Int: Set<String>]
    /// Why a candidate joined its set, for `--explain`.
    private var reasons: [Int: String] = [:]

    init(candidates: [Candidate], aliases: AliasRules) {
        self.candidates = candidates
        self.aliases = aliases
        sets = UnionFind(count: candidates.count)
        names = Dictionary(uniqueKeysWithValues: candidates.indices.map { ($0, candidates[$0].foldedNames) })
    }

    /// Joins two candidates of one type unless the user forbids it; records why.
    private mutating func merge(_ a: Int, _ b: Int, because reason: String) {
        guard candidates[a].type == candidates[b].type else { return }
        let ra = sets.find(a), rb = sets.find(b)
        guard ra != rb, !aliases.forbids(names[ra] ?? [], names[rb] ?? []) else { return }
        sets.union(ra, rb)
        let root = sets.find(a)
        names[root] = (names[ra] ?? []).union(names[rb] ?? [])
        if reasons[b] == nil { reasons[b] = reason }
    }

    /// Names equal up to case, diacritics and periods.
    mutating func mergeEqualNames() {
        var first: [String: Int] = [:]
        for (i, c) in candidates.enumerated() {
            let key = c.type.rawValue + "\t" + NameKey.folded(c.name)
            if let j = first[key] { merge(j, i, because: "same name as \(candidates[j].name)") } else { first[key] = i }
        }
    }

    /// An acronym that another organization or company of the type was written as.
    mutating func mergeDefinedAcronyms() {
        var shortForms: [String: Int] = [:]
        for (i, c) in candidates.enumerated() where c.type == .organization || c.type == .company {
            for form in c.forms.keys where form != c.name && Self.isAcronym(form) {
                shortForms[c.type.rawValue + "\t" + form] = shortForms[c.type.rawValue + "\t" + form] ?? i
            }
        }
        for (i, c) in candidates.enumerated() where Self.isAcronym(c.name) {
            if let j = shortForms[c.type.rawValue + "\t" + c.name], j != i { merge(j, i, because: "acronym of \(candidates[j].name)") }
        }
    }

    /// Two or more of `A`–`Z`, `.` and `&`, and nothing else (all ASCII, so bytes are characters).
    static func isAcronym(_ s: String) -> Bool {
        s.utf8.count >= 2 && s.utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "&") }
    }

    /// People: full names with one surname up to transliteration and given names that are variants;
    /// then bare surnames that belong to exactly one full name, or to one named far more often
    /// than the others (``dominance``).
    mutating func mergePeople(givenNames: GivenNameVariants) {
        var blocks: [String: [(index: Int, name: PersonName)]] = [:]
        for (i, c) in candidates.enumerated() where c.type == .person {
            guard let name = PersonName(c.name) else { continue }
            blocks[NameKey.skeleton(name.surname), default: []].append((i, name))
        }
        for block in blocks.keys.sorted() {
            let people = blocks[block]!
            let full = people.filter { $0.name.given != nil }
            for (n, a) in full.enumerated() {
                for b in full[(n + 1)...] where sameSurname(a.name.surname, b.name.surname)
                    && givenNames.areVariants(a.name.given!, b.name.given!) {
                    merge(a.index, b.index, because: "spelling variant of \(candidates[a.index].name)")
                }
            }
            for bare in people where bare.name.given == nil {
                var owners: [Int: Int] = [:]  // set root → mentions of its full names with this surname
                for f in full where NameKey.transliterated(f.name.surname) == NameKey.transliterated(bare.name.surname) {
                    owners[sets.find(f.index), default: 0] += candidates[f.index].mentions
                }
                if owners.count == 1, let owner = owners.first?.key {
                    merge(owner, bare.index, because: "surname of \(candidates[owner].name)")
                } else if let owner = Self.dominant(owners) {
                    merge(owner, bare.index, because: "surname of \(candidates[owner].name), named \(Self.dominance)× as often as the \(owners.count - 1) others of that surname together")
                }
            }
        }
    }

    /// How many times as many mentions as all others together the full name that a shared
    /// surname goes to needs (`Blair` → `Tony Blair`, not `Cherie Blair`).
    static let dominance = 4

    /// The owner whose full names are mentioned at least ``dominance`` times as often as all the
    /// others' together, if any; ties between equals never resolve.
    private static func dominant(_ owners: [Int: Int]) -> Int? {
        let total = owners.values.reduce(0, +)
        guard let (owner, count) = owners.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { return nil }
        return count >= dominance * (total - count) ? owner : nil
    }

    /// Surnames equal up to transliteration, or a fifth of their letters apart.
    private func sameSurname(_ a: String, _ b: String) -> Bool {
        let x = NameKey.transliterated(a), y = NameKey.transliterated(b)
        return x == y || (min(x.count, y.count) >= 5 && NameKey.distance(x, y) * 5 <= max(x.count, y.count))
    }

    /// The best name of a set: the user's forced name, else a gazetteer's, else the fullest,
    /// most frequent, well-formed name (not in capitals), alphabetically first on a tie.
    private func canonical(of members: [Int]) -> String {
        let best = members.map { candidates[$0] }.min { a, b in
            let ka = (a.forced ? 0 : 1, a.fromGazetteer ? 0 : 1, Self.isShouted(a.name) ? 1 : 0, -a.name.split(separator: " ").count, -a.mentions)
            let kb = (b.forced ? 0 : 1, b.fromGazetteer ? 0 : 1, Self.isShouted(b.name) ? 1 : 0, -b.name.split(separator: " ").count, -b.mentions)
            return ka != kb ? ka < kb : a.name < b.name
        }!
        return Self.isShouted(best.name) && (best.type == .person || best.name.contains(" ")) ? TitleCase.of(best.name) : best.name
    }

    /// Written all in capitals, with at least one word of three letters or more (`SERGEY BOBOK`).
    private static func isShouted(_ name: String) -> Bool {
        name.contains { $0.isLetter } && !name.contains { $0.isLowercase } && name.split(separator: " ").contains { $0.count >= 3 }
    }

    /// Entities, renamed known entities, and the documents with final canonical names.
    /// - Parameter candidates: each mention's candidate, per document.
    mutating func resolution(of documents: consuming [DocumentAnalysis], candidates mentionCandidates: [[Int]]) -> Resolution {
        var members: [Int: [Int]] = [:]
        for i in candidates.indices { members[sets.find(i), default: []].append(i) }
        var canonicalOf = [String](repeating: "", count: candidates.count)
        var entityOf = [Int](repeating: 0, count: candidates.count)
        var entities: [ResolvedEntity] = []
        var renamed: [EntityKey: EntityKey] = [:]
        for (_, group) in members.sorted(by: { $0.key < $1.key }) {
            let name = canonical(of: group)
            var entity = ResolvedEntity(canonical: name, type: candidates[group[0]].type)
            for i in group {
                canonicalOf[i] = name
                entityOf[i] = entities.count
                entity.surfaceForms.merge(candidates[i].forms, uniquingKeysWith: +)
                entity.documents += candidates[i].documents.lazy.map(Int.init)
                if candidates[i].known, candidates[i].name != name { renamed[candidates[i].key] = entity.key }
            }
            if group.count > 1 { entity.documents = Set(entity.documents).sorted() }
            entities.append(entity)
        }
        for d in documents.indices {
            for (m, i) in mentionCandidates[d].enumerated() where canonicalOf[i] != documents[d].mentions[m].entity {
                documents[d].mentions[m].resolution = candidates[i].forced ? "alias file" : (reasons[i] ?? "merged with \(canonicalOf[i])")
                documents[d].mentions[m].entity = canonicalOf[i]
            }
        }
        let order = entities.indices.sorted { (entities[$0].canonical, entities[$0].type) < (entities[$1].canonical, entities[$1].type) }
        var position = [Int](repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { position[old] = new }
        return Resolution(documents: documents, entities: order.map { entities[$0] },
                          mentionEntities: mentionCandidates.map { $0.map { position[entityOf[$0]] } }, renamed: renamed)
    }
}
