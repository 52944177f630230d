/// Drops names of vessels and craft (`Space Shuttle Atlantis`, `the tanker Exxon Valdez`): they are
/// no person, place, organization or company, even when a gazetteer knows the word.
///
/// Reads: a document's tokens and mentions; `Rules/vehicle_nouns.txt`. Removes: every mention that
/// starts right after a vehicle noun, and every other mention in the document written the same way
/// (`Atlantis will go on display` after `Space Shuttle Atlantis`).
struct CraftNames {
    let text: AnnotatedText

    func remove(from mentions: [Mention]) -> [Mention] {
        let craft = Set(mentions.filter { isNamedCraft($0) }.map(\.text))
        return craft.isEmpty ? mentions : mentions.filter { !craft.contains($0.text) }
    }

    private func isNamedCraft(_ m: Mention) -> Bool {
        let before = m.tokens.lowerBound - 1
        return text.isWord(before) && text.classes(before).contains(.vehicleNoun)
    }
}
