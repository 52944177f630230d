/// Drops names of vessels and craft (`Space Shuttle Atlantis`, `the tanker Exxon Valdez`): they are
/// no person, place, organization or company, even when a gazetteer knows the word.
///
/// Reads: a document's tokens and mentions; `Rules/vehicle_nouns.txt`. Removes: every mention that
/// starts right after a vehicle noun, and every other mention in the document written the same way
/// (`Atlantis will go on display` after `Space Shuttle Atlantis`).
struct CraftNames {
    let text: AnnotatedText

    func remove(from mentions: [Mention]) -> [Mention] {
        let named = mentions.indices.filter { afterVehicleNoun(mentions[$0].tokens.lowerBound) }
        guard !named.isEmpty else { return mentions }
        let craft = Set(named.map { mentions[$0].text })
        return mentions.filter { !craft.contains($0.text) }
    }

    private func afterVehicleNoun(_ start: Int) -> Bool {
        text.isWord(start - 1) && text.classes(start - 1).contains(.vehicleNoun)
    }
}
