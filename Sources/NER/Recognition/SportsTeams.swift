/// Finds places that stand for sports teams in match reports (`Leicester beat Bath 21-15`,
/// `Sweden 1 – 0 Korea`, `Tunisia's goalkeeper`) and types them as organizations.
///
/// Reads: a document's mentions and tokens. Adds: the type ORGANIZATION (rule `sports-team`) to a
/// country or town name that is next to a score, is the subject or object of a match verb, or owns a
/// player's role, in a document that reads as a sports report (a score, or two sports words).
/// Once a name is a team, its other mentions in the document are too, except after `in`, `at` or
/// `near`, where the place is meant (`the match in Sochi`).
struct SportsTeams {
    let text: AnnotatedText

    /// Verbs of a match between two teams, as written.
    private static let matchVerbs: Set<String> = [
        "beat", "beats", "defeated", "defeats", "edged", "edges", "thrashed", "routed", "drew", "draw", "draws",
        "faced", "faces", "lost", "loses", "overcame", "trounced", "downed", "hammered", "crushed", "eliminated",
        "outclassed", "outplayed", "whipped", "tied", "played", "plays",
    ]
    /// Roles in a team that a team owns (`England's captain`, `Panama coach`).
    private static let teamRoles: Set<String> = [
        "goalkeeper", "keeper", "captain", "coach", "manager", "striker", "midfielder", "defender", "winger",
        "squad", "team", "bowler", "batsman", "batsmen", "openers", "pitcher", "quarterback", "skipper", "substitute",
        "lineup", "line-up", "fullback",
    ]
    /// Words that make a document a sports report (two are needed, or a score).
    private static let sportsWords: Set<String> = [
        "match", "matches", "goal", "goals", "scored", "league", "cup", "tournament", "championship",
        "innings", "wicket", "wickets", "half-time", "halftime", "penalty", "striker", "midfielder", "goalkeeper",
        "referee", "semifinal", "semi-final", "quarterfinal", "quarter-final", "qualifier", "playoff", "play-off",
        "touchdown", "equaliser", "equalizer",
    ]

    func apply(_ mentions: [Mention]) -> [Mention] {
        let candidates = mentions.indices.filter { isPlaceName(mentions[$0]) }
        guard !candidates.isEmpty, isSportsReport() else { return mentions }
        var teams = Set<String>()
        for i in candidates where isTeam(mentions[i]) { teams.insert(mentions[i].entity) }
        guard !teams.isEmpty else { return mentions }
        let context = ContextRules(text: text)
        return mentions.map { m in
            guard isPlaceName(m), teams.contains(m.entity), !(context.followsPlaceCue(m.tokens.lowerBound)
                && !text.isWord(m.tokens.lowerBound - 1, "to") && !text.isWord(m.tokens.lowerBound - 1, "from")) else { return m }
            var team = m
            team.type = .organization
            team.rule = "sports-team"
            return team
        }
    }

    private func isPlaceName(_ m: Mention) -> Bool {
        m.type == .place && (m.rule.hasPrefix("gazetteer:country") || m.rule.hasPrefix("gazetteer:city") || m.rule.hasPrefix("gazetteer:region"))
    }

    /// A score anywhere, or two sports words.
    private func isSportsReport() -> Bool {
        var words = 0
        for i in text.tokens.indices {
            if isScore(at: i) { return true }
            if text.isWord(i), text.tokens[i].end - text.tokens[i].start <= 12,
               Self.sportsWords.contains(LexiconKey.lowercased(text.text(i))) {
                words += 1
                if words >= 2 { return true }
            }
        }
        return false
    }

    /// `1-0`, `3 – 2`: two numbers joined by a dash.
    private func isScore(at i: Int) -> Bool {
        guard text.tokens[i].kind == .number, i + 2 < text.tokens.count, text.tokens[i + 2].kind == .number,
              text.tokens[i].end - text.tokens[i].start <= 3, text.tokens[i + 2].end - text.tokens[i + 2].start <= 3 else { return false }
        return isDash(i + 1)
    }

    private func isDash(_ i: Int) -> Bool {
        if text.isPunctuation(i, "-") { return true }
        let t = text.tokens[i]
        guard t.kind == .punctuation else { return false }
        let bytes = text.bytes[t.range]
        return Array(bytes) == [0xE2, 0x80, 0x93] || Array(bytes) == [0xE2, 0x80, 0x94]  // – —
    }

    /// Next to a score, subject or object of a match verb, or owner of a team role.
    private func isTeam(_ m: Mention) -> Bool {
        let before = m.tokens.lowerBound - 1, after = m.tokens.upperBound
        if after < text.tokens.count, text.tokens[after].kind == .number, isScore(at: after) || isLoneScore(after) { return true }
        if before >= 2, text.tokens[before].kind == .number, isScore(at: before - 2) { return true }
        if isMatchVerb(after) { return true }
        var k = before
        if text.isWord(k, "with") || text.isWord(k, "to") || text.isWord(k, "against") { k -= 1 }
        if isMatchVerb(k) { return true }
        let role = after < text.tokens.count && text.tokens[after].kind == .possessive ? after + 1 : after
        return text.isWord(role) && !text.isCapitalized(role) && Self.teamRoles.contains(LexiconKey.lowercased(text.text(role)))
    }

    /// `Leicester 21 Bath 15`: a number after a name and before another capitalized word.
    private func isLoneScore(_ i: Int) -> Bool {
        text.tokens[i].end - text.tokens[i].start <= 3 && text.isCapitalized(i + 1)
    }

    private func isMatchVerb(_ i: Int) -> Bool {
        text.isWord(i) && !text.isCapitalized(i) && Self.matchVerbs.contains(LexiconKey.lowercased(text.text(i)))
    }
}
