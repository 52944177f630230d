/// Makes a document's mentions agree with each other.
///
/// Reads: the mentions and unknown capitalized words of one document. Drops names of craft
/// (``CraftNames``) and narrows a known surname before a thing of that person's (`Warhol
/// Polaroids`). Adds: acronyms the
/// document defines (``AcronymDefinitions``); one type per name (a strong gazetteer type wins,
/// else the most frequent); the full name as the entity of a person's surname (`Putin` →
/// `Vladimir Putin`); a town's name that is the surname of a person the document names in full
/// as that person; places and unknown names that stand for teams (``SportsTeams``); mentions for further
/// occurrences of a name found once (`Orastovich said` after `Alexei Orastovich`), at the start of
/// a sentence or in a headline too (`Oracle has announced …` after `shares of Oracle`); and
/// spelling variants of a known person (`Arastovich`, `Zelenky`) for unknown words one edit away.
struct DocumentConsistency {
    let text: AnnotatedText

    func apply(_ found: consuming [Mention], unknown: [Range<Int>]) -> [Mention] {
        var mentions = AcronymDefinitions(text: text).apply(oneTypePerName(narrowingSurnameCompounds(CraftNames(text: text).remove(from: consume found))))
        let sports = SportsTeams(text: text)
        mentions += sports.unknownTeams(unknown, besides: mentions)
        let aliases = aliasTable(mentions)
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for m in mentions { for i in m.tokens { covered[i] = true } }
        for i in mentions.indices where mentions[i].tokens.count == 1 {
            guard let alias = aliases[mentions[i].text], alias.type == .person else { continue }
            if mentions[i].type == .person {
                mentions[i].entity = alias.entity
            } else if isTownNamedLikePerson(mentions[i]) {
                mentions[i].type = .person
                mentions[i].entity = alias.entity
                mentions[i].rule = RuleID(.surnameOf, source: alias.entity)
            }
        }
        mentions = sports.apply(mentions)
        let aliasHashes = Set(aliases.keys.map(LexiconKey.hash))
        var titled = LexiconKey()
        for (i, token) in text.tokens.enumerated() where !covered[i] && token.kind == .word && token.isCapitalized {
            // A word in capitals is the name as written (`DAB`) or as running text writes it
            // (`SELES BEATS HINGIS` after `Monica Seles`).
            var key: String?
            if aliasHashes.contains(LexiconKey.hash(UnsafeBufferPointer(rebasing: text.bytes[token.range]))) {
                key = text.text(i)
            } else if token.shape.contains(.allCaps) {
                titled.reset()
                titled.append(token, from: text.bytes, casing: .titleCased)
                if aliasHashes.contains(titled.hash) { key = String(decoding: titled.bytes, as: UTF8.self) }
            }
            guard let key, let alias = aliases[key], standsAlone(i), text.classes(i).isDisjoint(with: [.dateWord, .function]) else { continue }
            var rule = alias.rule
            rule.isRepeat = true
            mentions.append(Mention(range: token.range.lowerBound..<token.range.upperBound, tokens: i..<(i + 1), sentence: Int(text.sentenceOf[i]),
                                    type: alias.type, text: text.text(i), entity: alias.entity, rule: rule))
            covered[i] = true
        }
        let people = aliases.lazy.filter { $0.value.type == .person && $0.key.utf8.count >= 5 }.sorted { $0.key < $1.key }
        for i in mentions.indices where mentions[i].type == .person && mentions[i].tokens.count == 1 && mentions[i].entity == mentions[i].text {
            if let (name, alias) = variant(of: mentions[i].text, among: people) {
                mentions[i].entity = alias.entity
                mentions[i].rule = RuleID(.variantOf, source: name)
            }
        }
        for range in unknown where range.count == 1 && !covered[range.lowerBound] {
            let word = text.text(range)
            guard let (name, alias) = variant(of: word, among: people) else { continue }
            let token = text.tokens[range.lowerBound]
            mentions.append(Mention(range: Int(token.start)..<Int(token.end), tokens: range, sentence: Int(text.sentenceOf[range.lowerBound]),
                                    type: .person, text: word, entity: alias.entity, rule: RuleID(.variantOf, source: name)))
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        return mentions
    }

    private func isStrong(_ m: Mention) -> Bool { m.rule.isGazetteerName }

    /// A word not part of a longer capitalized name: its neighbours in its sentence are lowercase,
    /// or, in a headline, capitalized common words (`Oracle Buys Sun`).
    private func standsAlone(_ i: Int) -> Bool {
        let sentence = text.sentences[Int(text.sentenceOf[i])]
        return [i - 1, i + 1].allSatisfy { j in
            !sentence.tokens.contains(j) || !text.isCapitalized(j) || (sentence.isHeadline && text.classes(j).contains(.common) && !(text.exact(j)?.hasEntity ?? false))
        }
    }

    /// A town's name that is also the surname of a person the document names in full
    /// (`Daniel Montalvo … Montalvo said`): the person, unless a place preposition comes before it
    /// or a place after it.
    private func isTownNamedLikePerson(_ m: Mention) -> Bool {
        guard m.type == .place, m.rule == RuleID(.gazetteer, source: "city") else { return false }
        let after = m.tokens.upperBound
        let qualified = text.isPunctuation(after, ",") && text.isCapitalized(after + 1)  // `Washington, D.C.`
        return !qualified && !ContextRules(text: text).followsPlaceCue(m.tokens.lowerBound)
    }

    private func oneTypePerName(_ mentions: [Mention]) -> [Mention] {
        guard Self.someNameHasTwoTypes(mentions) else { return mentions }
        var votes: [String: SIMD4<Int>] = [:]
        for m in mentions { votes[m.text, default: .zero][Self.voteSlot(m.type)] += isStrong(m) ? 1000 : 1 }
        return mentions.map { m in
            guard let tally = votes[m.text], (0..<4).filter({ tally[$0] > 0 }).count > 1,
                  let best = Self.votingOrder.max(by: { tally[Self.voteSlot($0)] < tally[Self.voteSlot($1)] }),
                  best != m.type else { return m }
            var retyped = m
            retyped.type = best
            retyped.rule.isRetyped = true
            return retyped
        }
    }

    /// A cheap first pass: whether two mentions whose texts hash alike have different types, in an
    /// open-addressing table of text hashes (a hash shared by two texts can only report a mix
    /// where there is none, which the full count then finds).
    private static func someNameHasTwoTypes(_ mentions: [Mention]) -> Bool {
        var size = 16
        while size < 2 * mentions.count { size *= 2 }
        var hashes = [UInt64](repeating: 0, count: size), types = [EntityType?](repeating: nil, count: size)
        for m in mentions {
            let hash = LexiconKey.hash(m.text)
            var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & (size - 1)
            while let type = types[slot] {
                if hashes[slot] == hash {
                    if type != m.type { return true }
                    break
                }
                slot = (slot + 1) & (size - 1)
            }
            if types[slot] == nil { (hashes[slot], types[slot]) = (hash, m.type) }
        }
        return false
    }

    /// Types in the order that breaks a tie of votes: the first of equals wins.
    private static let votingOrder = EntityType.allCases.sorted()

    private static func voteSlot(_ type: EntityType) -> Int {
        switch type {
        case .person: 0
        case .place: 1
        case .organization: 2
        case .company: 3
        }
    }

    private struct Alias { var type: EntityType; var entity: String; var rule: RuleID }

    /// Two unknown words taken for a person's name whose first word is the surname of a person the
    /// document names in full are that person and a thing of theirs (`Warhol Polaroids` after `Andy
    /// Warhol`): the mention keeps the surname only.
    private func narrowingSurnameCompounds(_ mentions: [Mention]) -> [Mention] {
        guard mentions.contains(where: { $0.tokens.count == 2 && $0.rule == RuleID(.nameShape) }) else { return mentions }
        var surnames: [String: String] = [:]
        for m in mentions where m.type == .person && m.tokens.count >= 2 && m.rule != RuleID(.nameShape) {
            surnames[text.text(m.tokens.upperBound - 1)] = m.entity
        }
        guard !surnames.isEmpty else { return mentions }
        return mentions.map { m in
            let first = m.tokens.lowerBound
            guard m.rule == RuleID(.nameShape), m.tokens.count == 2, !text.classes(first + 1).contains(.firstName),
                  let person = surnames[text.text(first)] else { return m }
            return Mention(range: Int(text.tokens[first].start)..<Int(text.tokens[first].end), tokens: first..<(first + 1),
                           sentence: m.sentence, type: .person, text: text.text(first), entity: person, rule: RuleID(.surnameOf, source: person))
        }
    }

    /// Names of the document by which later mentions may refer to them.
    private func aliasTable(_ mentions: [Mention]) -> [String: Alias] {
        var aliases: [String: Alias] = [:]
        aliases.reserveCapacity(mentions.count)
        for k in mentions.indices where mentions[k].type != .place && aliases[mentions[k].text] == nil {
            aliases[mentions[k].text] = Alias(type: mentions[k].type, entity: mentions[k].entity, rule: mentions[k].rule)
        }
        var givenNames: [String: Alias] = [:], sharedGivenNames: Set<String> = []
        for k in mentions.indices where mentions[k].tokens.count >= 2 {
            let m = mentions[k], last = m.tokens.upperBound - 1, first = m.tokens.lowerBound
            if m.type == .person, text.classes(first).contains(.firstName), m.text != text.text(first) {
                let given = text.text(first)
                if let other = givenNames[given], other.entity != m.entity { sharedGivenNames.insert(given) }
                givenNames[given] = Alias(type: .person, entity: m.entity, rule: RuleID(.givenName))
            }
            switch m.type {
            case .person where text.classes(last).isDisjoint(with: [.common, .firstName]):
                aliases[text.text(last)] = Alias(type: .person, entity: m.entity, rule: RuleID(.surname))
            case .organization, .company:
                guard text.classes(first).isDisjoint(with: [.common, .function, .firstName, .demonym]),
                      !(text.exact(first)?.hasEntity ?? false) else { break }
                let shortForm = text.text(first)
                if aliases[shortForm] == nil { aliases[shortForm] = Alias(type: m.type, entity: m.entity, rule: RuleID(.shortForm)) }
            default:
                break
            }
        }
        for (given, alias) in givenNames where !sharedGivenNames.contains(given) {  // `Daniel` for the only Daniel named in full
            aliases[given] = aliases[given].map { $0.type == .person && $0.entity == given ? alias : $0 } ?? alias
        }
        return aliases
    }

    /// A person's name in the document one edit away from `word` (a misspelled surname).
    private func variant(of word: String, among people: [(key: String, value: Alias)]) -> (String, Alias)? {
        guard word.utf8.count >= 5 else { return nil }
        return people.first { Self.withinOneEdit($0.key, word) }.map { ($0.key, $0.value) }
    }

    /// One substitution, insertion or deletion apart.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        guard abs(a.utf8.count - b.utf8.count) <= 4 else { return false }
        if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) {  // one byte per letter: no arrays
            var a = a, b = b
            return a.withUTF8 { x in b.withUTF8 { y in withinOneEdit(x, y) } }
        }
        return withinOneEdit(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    private static func withinOneEdit<C: RandomAccessCollection>(_ x: C, _ y: C) -> Bool where C.Element: Equatable, C.Index == Int {
        guard abs(x.count - y.count) <= 1, !x.elementsEqual(y) else { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
