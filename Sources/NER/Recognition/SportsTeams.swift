/// Finds places that stand for sports teams in match reports (`Leicester beat Bath 21-15`,
/// `Sweden 1 – 0 Korea`, `Tunisia's goalkeeper`) and types them as organizations.
///
/// Reads: a document's mentions and tokens; the word lists `Rules/sports_words.txt`,
/// `Rules/match_verbs.txt` and `Rules/team_roles.txt`. Adds: the type ORGANIZATION (rule
/// `sports-team`) to a country, region or town name that is next to a score or a row of a table of
/// results, is the subject or object of a match verb, or owns a team role, in a document that reads as a sports report (a
/// score, or two sports words). Once a name is a team, its other mentions in the document are too,
/// except right after `in`, `at` or `near`, where the place is meant (`the match in Sochi`).
struct SportsTeams {
    let text: AnnotatedText

    func apply(_ mentions: [Mention]) -> [Mention] {
        let teams = Set(mentions.indices.filter { mentions[$0].type == .place && isTeam(mentions[$0]) && isPlaceName(mentions[$0]) }
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
        var words = 0
        for i in text.tokens.indices {
            if isScore(at: i) { return true }
            if text.isWord(i), !text.isCapitalized(i), text.classes(i).contains(.sportsWord) {
                words += 1
                if words >= 2 { return true }
            }
        }
        return false
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

    /// Next to a score, subject or object of a match verb, or owner of a team role.
    private func isTeam(_ m: Mention) -> Bool {
        let before = m.tokens.lowerBound - 1, after = m.tokens.upperBound
        if isShortNumber(after) {
            if isScore(at: after) || text.isCapitalized(after + 1) { return true }  // `Leicester 21 Bath 15`
            if isShortNumber(after + 1), isShortNumber(after + 2) { return true }  // a table: `Sweden 3 2 1 0`
        }
        if before >= 2, text.tokens[before].kind == .number, isScore(at: before - 2) { return true }
        if isLowercase(after, .matchVerb) || isLowercase(before, .matchVerb) { return true }
        if isLowercase(before, .preposition), text.isWord(before, "with") || text.isWord(before, "to"),
           isLowercase(before - 1, .matchVerb) { return true }  // `drew with`, `lost to`
        let role = after < text.tokens.count && text.tokens[after].kind == .possessive ? after + 1 : after
        return isLowercase(role, .teamRole)
    }

    private func isLowercase(_ i: Int, _ wordClass: WordClass) -> Bool {
        text.isWord(i) && !text.isCapitalized(i) && text.classes(i).contains(wordClass)
    }
}
