/// Parses the text formats lexicon data is written in.
///
/// Lines starting with `#` are comments and blank lines are skipped in every format.
/// - Gazetteer TSV: a header line `name	type	canonical	category	flags`, then one name a line;
///   only `name` and `type` are required (canonical defaults to the name, category to `user`);
///   `flags` may say `weak`.
/// - Word list: one word or phrase a line, given the word class of the whole file.
/// - Demonym TSV: a header line `demonym	country`, then one pair a line.
/// - Verb TSV: `form	lemma`, one inflected form a line.
/// - Class TSV: `word	class`, one word or phrase a line with its class name.
/// - Tag TSV: `word	noun	verb	adjective`, a word's frequency as each part of speech.
public enum LexiconSource {
    /// The records of a gazetteer TSV file; `file` names it in error messages.
    public static func gazetteer(_ text: String, file: String, defaultCategory: String = "user") throws(LexiconError) -> [LexiconRecord] {
        var records: [LexiconRecord] = []
        for (number, line) in dataLines(text) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            if fields.first == "name" { continue }
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw .malformedLine(file: file, line: number, text: line, problem: "expected name<TAB>type[<TAB>canonical<TAB>category<TAB>flags]")
            }
            guard let type = EntityType(name: fields[1]) else {
                throw .malformedLine(file: file, line: number, text: line,
                                     problem: "type \"\(fields[1])\" is not PERSON, PLACE, ORGANIZATION or COMPANY")
            }
            let canonical = fields.count > 2 && !fields[2].isEmpty ? fields[2] : fields[0]
            let category = fields.count > 3 && !fields[3].isEmpty ? fields[3] : defaultCategory
            let weak = fields.count > 4 && fields[4].split(separator: ",").contains("weak")
            records.append(LexiconRecord(key: fields[0], entity: GazetteerEntry(type: type, canonical: canonical, category: category, isWeak: weak)))
        }
        return records
    }

    /// The records of a word list, each with `wordClass`; lowercase classes are lowercased.
    public static func words(_ text: String, wordClass: WordClass) -> [LexiconRecord] {
        let lower = !wordClass.isDisjoint(with: .lowercaseClasses)
        return dataLines(text).map { _, line in
            LexiconRecord(key: lower ? LexiconKey.lowercased(line.trimmingSpaces) : line.trimmingSpaces, classes: wordClass)
        }
    }

    /// The records of a demonym TSV file: `demonym<TAB>country`, the country stored as the target.
    public static func demonyms(_ text: String, file: String) throws(LexiconError) -> [LexiconRecord] {
        try pairs(text, file: file, columns: ("demonym", "country"), wordClass: .demonym, lowercased: false)
    }

    /// The records of a verb TSV file: `form<TAB>lemma`, in lowercase, the lemma stored as the target.
    public static func verbs(_ text: String, file: String) throws(LexiconError) -> [LexiconRecord] {
        try pairs(text, file: file, columns: ("form", "lemma"), wordClass: .verb, lowercased: true)
    }

    /// The records of a class TSV file: `word<TAB>class` (lowercased), one of the manifest's class names.
    public static func classes(_ text: String, file: String) throws(LexiconError) -> [LexiconRecord] {
        var records: [LexiconRecord] = []
        for (number, line) in dataLines(text) {
            let fields = line.split(separator: "\t").map { $0.trimmingSpaces }
            if fields.first == "word" { continue }
            guard fields.count == 2, let wordClass = LexiconCatalog.classNames[fields[1]] else {
                throw .malformedLine(file: file, line: number, text: line,
                                     problem: "expected word<TAB>class, the class one of \(LexiconCatalog.classNames.keys.sorted().joined(separator: ", "))")
            }
            records.append(LexiconRecord(key: LexiconKey.lowercased(fields[0]), classes: wordClass))
        }
        return records
    }

    /// The records of a tag TSV file: `word	noun	verb	adjective` frequencies; a word whose noun and
    /// adjective frequencies outweigh its verb frequency gets ``WordClass/nounFirst``, others nothing.
    public static func tags(_ text: String, file: String) throws(LexiconError) -> [LexiconRecord] {
        var records: [LexiconRecord] = []
        for (number, line) in dataLines(text) {
            let fields = line.split(separator: "\t").map { $0.trimmingSpaces }
            if fields.first == "word" { continue }
            guard fields.count == 4, let noun = Int(fields[1]), let verb = Int(fields[2]), let adjective = Int(fields[3]) else {
                throw .malformedLine(file: file, line: number, text: line, problem: "expected word<TAB>noun<TAB>verb<TAB>adjective, the last three counts")
            }
            if noun + adjective > verb { records.append(LexiconRecord(key: LexiconKey.lowercased(fields[0]), classes: .nounFirst)) }
        }
        return records
    }

    /// Two-column files whose second column is the key's target (a demonym's country, a verb form's lemma).
    private static func pairs(_ text: String, file: String, columns: (key: String, target: String), wordClass: WordClass,
                              lowercased: Bool) throws(LexiconError) -> [LexiconRecord] {
        var records: [LexiconRecord] = []
        for (number, line) in dataLines(text) {
            let fields = line.split(separator: "\t").map { $0.trimmingSpaces }
            if fields.first == columns.key { continue }
            guard fields.count == 2 else {
                throw .malformedLine(file: file, line: number, text: line, problem: "expected \(columns.key)<TAB>\(columns.target)")
            }
            records.append(LexiconRecord(key: lowercased ? LexiconKey.lowercased(fields[0]) : fields[0], classes: wordClass, target: fields[1]))
        }
        return records
    }

    /// Non-blank, non-comment lines with their 1-based numbers.
    static func dataLines(_ text: String) -> [(Int, String)] {
        var lines: [(Int, String)] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            lines.append((number, String(trimmed)))
        }
        return lines
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}
