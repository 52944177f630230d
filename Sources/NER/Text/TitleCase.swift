/// Names written in capitals, as a name is written in running text.
enum TitleCase {
    /// Each word's first letter kept and the rest lowercased, words taken apart at spaces and
    /// hyphens (`SERGEY BOBOK` → `Sergey Bobok`, `AL-AIN` → `Al-Ain`).
    static func of(_ name: String) -> String {
        var result = ""
        var startsWord = true
        for character in name {
            result += startsWord ? String(character) : character.lowercased()
            startsWord = character == " " || character == "-"
        }
        return result
    }
}
