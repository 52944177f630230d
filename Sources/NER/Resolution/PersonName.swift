/// A person's name split into given name and surname, ignoring generational suffixes.
struct PersonName {
    /// The first word, when the name has more than one.
    let given: String?
    /// The last word that is not a suffix (`Jr.`, `III`).
    let surname: String

    private static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    init?(_ name: String) {
        var words = name.split(separator: " ").map(String.init)
        while words.count > 1, let last = words.last, Self.suffixes.contains(NameKey.folded(last)) { words.removeLast() }
        guard let last = words.last else { return nil }
        surname = last
        given = words.count > 1 ? words[0] : nil
    }
}
