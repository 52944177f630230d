/// Acronyms a document defines: `the International Criminal Court (ICC)` makes every `ICC` of
/// the document that court; an unexplained acronym that is the initials of exactly one
/// organization the document names is that organization too.
///
/// Reads: mentions and tokens. Adds: the defining name's type and entity to every mention of
/// the acronym, with the rule `acronym-of:<name>`.
struct AcronymDefinitions {
    let text: AnnotatedText

    func apply(_ mentions: [Mention]) -> [Mention] {
        var defined: [String: Mention] = [:]
        for (n, m) in mentions.enumerated() where n + 1 < mentions.count && m.tokens.count >= 2 {
            let a = mentions[n + 1]
            guard a.tokens.count == 1, a.tokens.lowerBound == m.tokens.upperBound + 1,
                  text.isPunctuation(m.tokens.upperBound, "("), text.isPunctuation(a.tokens.upperBound, ")"),
                  Self.abbreviates(a.text, m.text) else { continue }
            defined[a.text] = defined[a.text] ?? m
        }
        for (short, name) in implicitlyDefined(mentions) where defined[short] == nil { defined[short] = name }
        guard !defined.isEmpty else { return mentions }
        return mentions.map { m in
            guard let name = defined[m.text] else { return m }
            var renamed = m
            renamed.type = name.type
            renamed.entity = name.entity
            renamed.rule = RuleID(.acronymOf, source: name.text)
            return renamed
        }
    }

    /// Acronyms of three letters or more that no list explains, each the initials of exactly one
    /// organization or company the document names in full (`USI` after `University of Southern
    /// Indiana`).
    private func implicitlyDefined(_ mentions: [Mention]) -> [String: Mention] {
        let acronyms = Set(mentions.filter { $0.rule == RuleID(.acronym) && $0.text.utf8.count >= 3 }.map(\.text))
        guard !acronyms.isEmpty else { return [:] }
        var found: [String: Mention] = [:], ambiguous: Set<String> = []
        for m in mentions where m.tokens.count >= 2 && (m.type == .organization || m.type == .company) {
            for short in acronyms where Self.abbreviates(short, m.text) {
                if let other = found[short], other.entity != m.entity { ambiguous.insert(short) } else { found[short] = m }
            }
        }
        return found.filter { !ambiguous.contains($0.key) }
    }

    /// The acronym's letters are the initials of the name's capitalized words, or of all its words.
    static func abbreviates(_ acronym: String, _ name: String) -> Bool {
        let letters = String(acronym.unicodeScalars.filter { ("A"..."Z").contains($0) })
        guard letters.count >= 2, letters.count == acronym.unicodeScalars.filter({ $0 != "." && $0 != "&" }).count else { return false }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        let capitals = String(words.compactMap { $0.first }.filter(\.isUppercase))
        let all = String(words.compactMap(\.first)).uppercased()
        return letters == capitals || letters == all
    }
}
