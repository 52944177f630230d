/// Rules that look at the words around a candidate name.
struct ContextRules {
    let text: AnnotatedText

    /// Prepositions and determiners that make a weak place name likely (`in Reading`, `the West`).
    private static let placeCues: Set<String> = ["in", "at", "from", "near", "to", "across", "outside", "inside", "into", "toward", "towards"]

    /// A lowercase title or role right before token `i` (`spokesman Dmitry Peskov`).
    func titleBefore(_ i: Int) -> Bool {
        let k = i - 1
        return text.isWord(k) && !text.isCapitalized(k) && text.classes(k).contains(.title)
    }

    /// Whether a gazetteer name at `p..<end` may stand. Strong names always do; a weak one (also a
    /// common word, personal name or month) is never a month name (`March`), is a place when it
    /// opens a dateline (`GENEVA —`), and otherwise needs a capital that is evidence plus, for a place, a
    /// preposition before it (`the` for a region such as `the West`) or `, Place` after it; at the start of a sentence it needs a verb
    /// after it (`Shell said`, `Apple stopped`, `Labour has`, `Labour's`), and a weak town's name is none there (`Police said`);
    /// a weak company elsewhere stands alone and is no demonym or given name.
    func supports(_ entry: GazetteerEntry, at p: Int, end: Int) -> Bool {
        guard entry.isWeak else { return true }
        if text.classes(p).contains(.dateWord) { return false }
        if entry.type == .place, isDateline(p) { return true }
        if text.capitalIsWeak(p) {
            return entry.category != "city" && followedByVerb(end)  // `Shell said`, but not the town in `Police said`
        }
        if entry.type == .company {
            // A weak company stands alone, and is no demonym or given name (`Magic Circle`,
            // `American Southwest`, `a Swiss mathematician`, `Tiffany and Bosco`).
            return !isNameWord(p - 1) && !isNameWord(end) && text.classes(p).isDisjoint(with: [.demonym, .firstName])
        }
        guard entry.type == .place else { return true }
        if followsPlaceCue(p) || (text.isWord(p - 1, "the") && entry.category == "geo") { return true }
        return text.isPunctuation(end, ",") && text.gazetteerMatch(from: end + 1, limit: text.tokens.count)?.entry.type == .place
    }

    /// A capitalized word that is not a function word (`Magic`, not `The`).
    private func isNameWord(_ i: Int) -> Bool {
        text.isCapitalized(i) && !text.classes(i).contains(.function)
    }

    /// A preposition of place right before token `p` (`in`, `from`, `near`).
    func followsPlaceCue(_ p: Int) -> Bool {
        text.isWord(p - 1) && Self.placeCues.contains(LexiconKey.lowercased(text.text(p - 1)))
    }

    /// A place in capitals opening a line, as datelines are written (`GENEVA —`, `JERUSALEM (Reuters)`).
    private func isDateline(_ p: Int) -> Bool {
        text.tokens[p].shape.contains(.allCaps) && text.tokens[p].gap >= .newline
    }

    /// The end of a name in capitals that opens a line as a dateline does, before `, Place` or a
    /// date (`AL-AIN, United Arab Emirates 1996-12-06`, `BANJA LUKA 1996-08-22`): a place, when its
    /// words are no common, function or date words (`SOCCER -` opens a sports report).
    func datelineEnd(from p: Int, run: Range<Int>) -> Int? {
        guard p == 0 || text.tokens[p].gap >= .newline else { return nil }
        var end = p
        while end < run.upperBound, text.isWord(end), text.tokens[end].shape.contains(.allCaps),
              text.classes(end).isDisjoint(with: [.common, .function, .nonEntity, .dateWord]) {
            end += 1
            while end + 1 < run.upperBound, text.hyphenContinues(at: end, end: run.upperBound) { end += 2 }  // `AL-AIN`
        }
        guard end > p, end < text.tokens.count, text.tokens[end].gap < .newline else { return nil }
        if text.isPunctuation(end, ","), end + 1 < text.tokens.count, text.tokens[end + 1].gap < .newline,
           text.gazetteerMatch(from: end + 1, limit: text.tokens.count)?.entry.type == .place { return end }
        return isDate(end) ? end : nil
    }

    /// A date's first token: a month's name, or a number of four digits or more (`1996-12-06`, `1996`).
    private func isDate(_ i: Int) -> Bool {
        if text.isWord(i), text.classes(i).contains(.dateWord) { return true }
        let token = text.tokens[i]
        return token.kind == .number && token.end - token.start >= 4
    }

    /// A possessive, a reporting verb, an auxiliary or a lowercase past-tense form right after `end`.
    private func followedByVerb(_ end: Int) -> Bool {
        if end < text.tokens.count, text.tokens[end].kind == .possessive { return true }  // `Labour's shadow minister`
        guard text.isWord(end), !text.isCapitalized(end) else { return false }
        if !text.classes(end).isDisjoint(with: [.reportingVerb, .auxiliary]) { return true }  // `Labour has`
        let token = text.tokens[end]
        return token.end - token.start > 3 && text.bytes[Int(token.end) - 2] == UInt8(ascii: "e")
            && text.bytes[Int(token.end) - 1] == UInt8(ascii: "d")
    }

    /// The end of a lowercase facility phrase after a place name (`nuclear power plant`).
    func facilityEnd(after end: Int, limit: Int) -> Int? {
        guard text.isWord(end), !text.isCapitalized(end) else { return nil }
        return text.phrase(.facilityNoun, from: end, limit: limit)
    }

    /// An all-caps word of two to six letters outside a headline that no list explains (and, from
    /// four letters, is no common word): an organization's acronym.
    func isAcronym(_ p: Int) -> Bool {
        let token = text.tokens[p]
        guard token.shape.contains(.allCaps), !token.shape.contains(.digit),
              !text.sentences[Int(text.sentenceOf[p])].isHeadline else { return false }
        let letters = text.bytes[token.range].filter { UTF8Scalar.isASCIILetter($0) }.count
        let c = text.classes(p)
        return (2...6).contains(letters) && c.isDisjoint(with: [.nonEntity, .function, .firstName, .demonym, .dateWord, .title])
            && !isNamePart(p + 1) && !isNamePart(p - 1) && !isDesignation(p)
            && !(letters >= 4 && c.contains(.common))  // a word set in capitals for emphasis: `SOCCER`
    }

    /// Letters joined to a number by a hyphen: a model, mission or flight (`STS-135`, `F-16`, `MH-17`).
    private func isDesignation(_ p: Int) -> Bool {
        text.isPunctuation(p + 1, "-") && text.tokens[p + 1].gap == .none && p + 2 < text.tokens.count
            && text.tokens[p + 2].kind == .number && text.tokens[p + 2].gap == .none
    }

    /// A capitalized word other than a function word (`The`).
    private func isNamePart(_ i: Int) -> Bool {
        text.isCapitalized(i) && !text.classes(i).contains(.function)
    }

    /// `shares of X`, `stake in X`, also for the second of two names (`shares of X and Y`): only
    /// companies have shares.
    private func isTraded(before start: Int) -> Bool {
        var k = start - 1
        if text.isWord(k, "and") || text.isPunctuation(k, ",") {
            k -= 1
            while k >= 0, text.isCapitalized(k) { k -= 1 }
        }
        guard text.isWord(k, "of") || text.isWord(k, "in") else { return false }
        let noun = k - 1
        return text.isWord(k, "of") ? (text.isWord(noun, "shares") || text.isWord(noun, "stock") || text.isWord(noun, "shareholders"))
            : (text.isWord(noun, "stake") || text.isWord(noun, "stakes"))
    }

    /// Top-level domains that make a name a web address (`CBC.ca`, `Secunia.com`, `BBC.co.uk`).
    private static let domains: Set<String> = ["com", "org", "net", "ca", "uk", "au", "de", "fr", "in", "io", "gov", "edu", "info", "co", "nz", "ie"]

    /// The end of a name at `end` with a web domain written onto it, if any.
    func domainEnd(after end: Int) -> Int {
        var e = end
        while text.isPunctuation(e, "."), text.tokens[e].gap == .none, text.isWord(e + 1), text.tokens[e + 1].gap == .none,
              !text.isCapitalized(e + 1), Self.domains.contains(text.text(e + 1)) {
            e += 2
        }
        return e
    }

    /// Words right before a name that only a company follows (`takeover of X`, `merger with X`, `acquired X`).
    private static let companyDeals: [[String]] = [
        ["takeover", "of"], ["acquisition", "of"], ["merger", "with"], ["bid", "for"], ["subsidiary", "of"],
        ["unit", "of"], ["acquire"], ["acquired"], ["acquires"], ["acquiring"],
    ]
    /// Nouns after a name's possessive that only a company has (`X's chief executive`, `X's shares`).
    private static let companyPossessions: Set<String> = [
        "chief", "shares", "stock", "profit", "profits", "earnings", "revenue", "revenues", "shareholders",
        "ceo", "subsidiary", "stores", "share",
    ]

    private func isCompanyDeal(before start: Int) -> Bool {
        Self.companyDeals.contains { words in
            let first = start - words.count
            return first >= 0 && words.indices.allSatisfy { text.isWord(first + $0, words[$0]) && !text.isCapitalized(first + $0) }
        }
    }

    private func ownsCompanyThing(_ after: Int) -> Bool {
        guard after < text.tokens.count, text.tokens[after].kind == .possessive, text.isWord(after + 1) else { return false }
        return Self.companyPossessions.contains(LexiconKey.lowercased(text.text(after + 1)))
    }

    /// Every word of `range` is a single letter, with or without a period (`W. W.`, `U. S.`): initials
    /// with no name to go with them.
    /// Whether a gazetteer place at `p` is a person's name after all: after an honorific
    /// (`Mr. Atherton`, `Mrs Jordan`), or, for a town, after an initial (`M. Atherton`, `Charles J.
    /// Fillmore`; not a country or region, which an initial abbreviates: `N. Ireland`, `S. Korea`).
    func isPersonNamedLikePlace(_ entry: GazetteerEntry, at p: Int) -> Bool {
        guard entry.type == .place, p >= 1, text.tokens[p].gap != .none else { return false }
        if isHonorific(p - 1) { return true }
        // A compass letter, or an initial after a house number, is a street's (`319 S. Denver`).
        return entry.category == "city" && text.isWord(p - 1) && text.isCapitalized(p - 1) && isInitials((p - 1)..<p)
            && text.tokens[p - 1].shape.contains(.periods) && !"NSEW".utf8.contains(text.firstByte(p - 1))
            && !(p >= 2 && text.tokens[p - 2].kind == .number)
    }

    /// As written: `DR Congo` is a country.
    private static let honorifics: Set<String> = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.", "Dr", "Dr."]
    private static let longestHonorific = honorifics.map(\.utf8.count).max()!

    /// Whether token `i` is an honorific: only a capitalized word as short as one is spelled out to compare.
    private func isHonorific(_ i: Int) -> Bool {
        text.isWord(i) && text.tokens[i].isCapitalized && Int(text.tokens[i].end - text.tokens[i].start) <= Self.longestHonorific
            && Self.honorifics.contains(text.text(i))
    }

    private func isInitials(_ range: Range<Int>) -> Bool {
        range.allSatisfy { i in
            let token = text.tokens[i]
            let letters = Int(token.end - token.start) - (token.shape.contains(.periods) ? 1 : 0)
            return token.kind != .word || letters <= 1
        }
    }

    /// The type of capitalized words no list knows, from the words around them: a company noun
    /// after (`the Ifax news agency`) or a company role before (`car maker Ford`), an organization
    /// noun after (`soccer club`), shares or a stake before (`shares of Gerdau`), a reporting verb
    /// after (`Orastovich said`), a takeover before or a company's possession after (`takeover of X`,
    /// `X's chief executive`), a web domain (`Secunia.com`), or the shape of a
    /// personal name (two or three unknown capitalized words, `words` of them in `range`, not all initials).
    func judgeUnknown(_ range: Range<Int>, words: Int) -> (type: EntityType, rule: RuleID)? {
        let after = range.upperBound
        if text.isWord(after), !text.isCapitalized(after) {
            if text.phrase(.companyNoun, from: after, limit: text.tokens.count) != nil { return (.company, RuleID(.context, source: "company-noun")) }
            if text.phrase(.organizationNoun, from: after, limit: text.tokens.count) != nil { return (.organization, RuleID(.context, source: "organization-noun")) }
            if text.classes(after).contains(.reportingVerb) { return (.person, RuleID(.context, source: "reporting-verb")) }
        }
        let before = range.lowerBound - 1
        if text.isWord(before), !text.isCapitalized(before), text.classes(before).contains(.companyNoun) {
            return (.company, RuleID(.context, source: "company-role"))
        }
        if isTraded(before: range.lowerBound) { return (.company, RuleID(.context, source: "shares-of")) }
        if isCompanyDeal(before: range.lowerBound) { return (.company, RuleID(.context, source: "deal")) }
        if domainEnd(after: after) > after { return (.company, RuleID(.context, source: "web-domain")) }
        if ownsCompanyThing(after) { return (.company, RuleID(.context, source: "company-possession")) }
        if words >= 2, words <= 3, !isInitials(range) { return (.person, RuleID(.nameShape)) }
        return nil
    }
}
