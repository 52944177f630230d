/// Finds places that stand for sports teams in match reports (`Leicester beat Bath 21-15`,
/// `Sweden 1 – 0 Korea`, `Tunisia's goalkeeper`) and types them as organizations; and, in the same
/// positions, clubs no list knows (`Anderlecht were held 2-2 by Lierse`).
///
/// Reads: a document's mentions, its unknown capitalized words and its tokens; the word lists
/// `Rules/sports_words.txt`, `Rules/match_verbs.txt` and `Rules/team_roles.txt`. Adds: the type
/// ORGANIZATION (rule `sports-team`) to a country, region or town name that is in a team's position,
/// in a document that reads as a sports report (a score, or two sports words). A team's position
/// is next to a score or in a row of a table of results, the subject or object of a match verb
/// (`lost to`, `drew with` too), after a score or a match verb and `against`, `over`, `by`, `to` or
/// `with` (`a 2-1 win against Syria`, `held 2-2 by Lierse`), or the owner of a team role. Once a
/// name is a team, its other mentions in the document are too, except right after `in`, `at` or
/// `near`, where the place is meant (`the match in Sochi`). Unknown names, and town names that are
/// also common words (`Bath`), in a team's position become teams too (not at the start of a sentence).
struct SportsTeams {
    let text: AnnotatedText
    /// The sports words the document has, counted up to two: what tells a sports report.
    private let sportsWords: Int

    init(text: AnnotatedText) {
        self.text = text
        var words = 0
        for i in text.tokens.indices where text.classes(i).contains(.sportsWord) && !text.isCapitalized(i) {
            words += 1
            if words == 2 { break }
        }
        sportsWords = words
    }

    func apply(_ mentions: [Mention]) -> [Mention] {
        let teams = Set(mentions.indices.filter { mentions[$0].type == .place && isTeam(mentions[$0].tokens) && isPlaceName(mentions[$0]) }
            .map { mentions[$0].entity })
        guard !teams.isEmpty, isSportsReport() else { return mentions }
        return mentions.map { m in
            guard isPlaceName(m), teams.contains(m.entity), !isVenue(m) else { return m }
            var team = m
            team.type = .organization
            team.rule = RuleID(.sportsTeam)
            return team
        }
    }

    /// A country, region or town from the gazetteers, or a town's name with `City`, `Town` or
    /// `County` (`Manchester City`, `Derby County`).
    private func isPlaceName(_ m: Mention) -> Bool {
        guard m.type == .place else { return false }
        if m.rule.isGazetteerName, m.rule.source == "country" || m.rule.source == "city" || m.rule.source == "region" { return true }
        let last = m.tokens.upperBound - 1
        return m.rule == RuleID(.head, source: "place") && (text.isWord(last, "city") || text.isWord(last, "town") || text.isWord(last, "county"))
    }

    /// Right after `in`, `at` or `near`: the place where a match is played.
    private func isVenue(_ m: Mention) -> Bool {
        let before = m.tokens.lowerBound - 1
        return text.isWord(before, "in") || text.isWord(before, "at") || text.isWord(before, "near")
    }

    /// A score anywhere, or two sports words.
    private func isSportsReport() -> Bool {
        hasScore() || sportsWords == 2
    }

    private func hasScore() -> Bool {
        text.tokens.indices.contains(where: isScore)
    }

    /// `1-0`, `3 – 2`: two short numbers joined by a dash.
    private func isScore(at i: Int) -> Bool {
        isShortNumber(i) && isShortNumber(i + 2) && isDash(i + 1)
    }

    private func isShortNumber(_ i: Int) -> Bool {
        i < text.tokens.count && text.tokens[i].kind == .number && text.tokens[i].end - text.tokens[i].start <= 3
    }

    /// A hyphen, an en dash or an em dash.
    private func isDash(_ i: Int) -> Bool {
        let t = text.tokens[i]
        guard t.kind == .punctuation else { return false }
        if t.end - t.start == 1 { return text.firstByte(i) == UInt8(ascii: "-") }
        let s = Int(t.start)
        return t.end - t.start == 3 && text.bytes[s] == 0xE2 && text.bytes[s + 1] == 0x80
            && (text.bytes[s + 2] == 0x93 || text.bytes[s + 2] == 0x94)
    }

    /// Teams among the names no rule took: the unknown capitalized words `unknown`, and single
    /// capitalized words of a town's name that is also a common word, when they are in a team's
    /// position other than before a team role, in a sports report, and do not open a sentence.
    func unknownTeams(_ unknown: [Range<Int>], besides mentions: [Mention]) -> [Mention] {
        // A name no list knows needs more than a score to be a team: a price range looks like one.
        guard sportsWords == 2 || (sportsWords == 1 && hasScore()) else { return [] }
        var covered = [Bool](repeating: false, count: text.tokens.count)
        for m in mentions { for i in m.tokens { covered[i] = true } }
        // Words in capitals and abbreviations are codes and units as often (`25 CUC`, `No. 12`).
        let unknownNames = unknown.filter { range in
            range.count <= 3 && !range.contains { covered[$0] || text.tokens[$0].shape.contains(.allCaps) || text.lastByte($0) == UInt8(ascii: ".") }
        }
        let commonWords = text.tokens.indices.filter { !covered[$0] && text.isWord($0) && text.isCapitalized($0) && text.classes($0).contains(.common) }
        let teams = (unknownNames + commonWords.map { $0..<($0 + 1) }).filter { range in
            let sentence = text.sentences[Int(text.sentenceOf[range.lowerBound])]
            // Before a team role an unknown word is as often an adjective (`English captain`).
            guard range.lowerBound != sentence.tokens.lowerBound, isTeam(range, byRole: false) else { return false }
            // A common word only when it is also a town's name (`Bath`).
            return !text.classes(range.lowerBound).contains(.common)
                || text.exact(range.lowerBound).flatMap { text.lexicons.entity($0) }.map { $0.type == .place && $0.category == "city" } == true
        }
        return teams.map { found in
            let range = widened(found, covered: covered)
            let name = text.text(range)
            return Mention(range: Int(text.tokens[range.lowerBound].start)..<Int(text.tokens[range.upperBound - 1].end), tokens: range,
                           sentence: Int(text.sentenceOf[range.lowerBound]), type: .organization, text: name, entity: name, rule: RuleID(.sportsTeam))
        }
    }

    /// `range` with the capitalized words around it that no mention covers, within its sentence and
    /// not opening it, up to four words (`the Red Sox won`, `Korea Republic`).
    private func widened(_ range: Range<Int>, covered: [Bool]) -> Range<Int> {
        let sentence = text.sentences[Int(text.sentenceOf[range.lowerBound])].tokens
        func joins(_ i: Int) -> Bool {
            sentence.contains(i) && i != sentence.lowerBound && !covered[i] && text.isWord(i) && text.isCapitalized(i)
                && !text.classes(i).contains(.function)
        }
        var widened = range
        while widened.count < 4, joins(widened.lowerBound - 1) { widened = (widened.lowerBound - 1)..<widened.upperBound }
        while widened.count < 4, joins(widened.upperBound) { widened = widened.lowerBound..<(widened.upperBound + 1) }
        return widened
    }

    /// In a team's position: next to a score, subject or object of a match verb, after a score or a
    /// match verb and a preposition of the opponent, or (`byRole`) owner of a team role.
    private func isTeam(_ tokens: Range<Int>, byRole: Bool = true) -> Bool {
        let before = tokens.lowerBound - 1, after = tokens.upperBound
        if isShortNumber(after) {
            if isScore(at: after) || text.isCapitalized(after + 1) { return true }  // `Leicester 21 Bath 15`
            if isShortNumber(after + 1), isShortNumber(after + 2) { return true }  // a table: `Sweden 3 2 1 0`
        }
        if before >= 2, text.tokens[before].kind == .number, isScore(at: before - 2) { return true }
        if isLowercase(after, .matchVerb) || isLowercase(before, .matchVerb) { return true }
        if isLowercase(before, .preposition), ["against", "over", "by", "to", "with"].contains(where: { text.isWord(before, $0) }),
           isLowercase(before - 1, .matchVerb) || (before >= 3 && isScore(at: before - 3)) { return true }  // `lost to`, `2-2 by`
        let role = after < text.tokens.count && text.tokens[after].kind == .possessive ? after + 1 : after
        return byRole && isLowercase(role, .teamRole)
    }

    private func isLowercase(_ i: Int, _ wordClass: WordClass) -> Bool {
        text.isWord(i) && !text.isCapitalized(i) && text.classes(i).contains(wordClass)
    }
}
