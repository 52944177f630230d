/// Reads CoNLL-2003-style BIO files as gold, with the document texts rebuilt from the tokens.
///
/// One token a line, its tag in the last column; `-DOCSTART-` lines separate documents and blank
/// lines separate sentences. Tags are `O`, `B-X` and `I-X` (an `I-X` after `O` or another type
/// starts a mention, as in IOB1) with X one of PER → PERSON, LOC → PLACE, ORG → ORGANIZATION;
/// MISC mentions are ignored. A document's text is its tokens joined by single spaces and its
/// sentences joined by newlines; documents are named `conll-1`, `conll-2`… in file order, and each
/// mention's canonical name is its text.
public enum CoNLLReader {
    /// The name of the `n`th document (1-based).
    public static func documentName(_ n: Int) -> String { "conll-\(n)" }

    /// Reads the file at `path`.
    public static func read(path: String) throws(EvaluationError) -> AnnotationSet {
        parse(try InputFile.contents(path, role: "gold"), file: path)
    }

    /// Parses CoNLL text; `file` names it in diagnostics.
    public static func parse(_ text: String, file: String) -> AnnotationSet {
        var set = AnnotationSet()
        var builder = DocumentBuilder(file: file)
        func finishDocument() {
            guard let (entities, text) = builder.finish() else { return }
            let name = documentName(set.documents.count + 1)
            set.add(DocumentAnnotation(name: name, entities: entities, location: SourceLocation(file: file, line: builder.firstLine)))
            set.texts[name] = text
            builder = DocumentBuilder(file: file)
        }
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let columns = rawLine.split(whereSeparator: \.isWhitespace)
            let location = SourceLocation(file: file, line: n + 1)
            if columns.isEmpty {
                builder.endSentence()
            } else if columns[0] == "-DOCSTART-" {
                finishDocument()
            } else if columns.count < 2 {
                set.warnings.append(Diagnostic("a token line needs the token and a tag in the last column; line skipped", at: location))
            } else {
                let tag = String(columns[columns.count - 1])
                guard let parsed = Tag(tag) else {
                    set.warnings.append(Diagnostic("unknown tag \(tag) (expected O, B-X or I-X); read as O", at: location))
                    builder.add(token: String(columns[0]), tag: .outside, line: n + 1)
                    continue
                }
                builder.add(token: String(columns[0]), tag: parsed, line: n + 1)
            }
        }
        finishDocument()
        return set
    }

    /// A BIO tag.
    enum Tag: Equatable {
        case outside
        case begin(String)
        case inside(String)

        init?(_ tag: String) {
            if tag == "O" { self = .outside; return }
            let parts = tag.split(separator: "-", maxSplits: 1)
            guard parts.count == 2, !parts[1].isEmpty else { return nil }
            switch parts[0] {
            case "B": self = .begin(String(parts[1]))
            case "I": self = .inside(String(parts[1]))
            default: return nil
            }
        }
    }

    /// The gold type of a CoNLL class, nil for MISC and others.
    static func type(ofClass name: String) -> String? {
        switch name {
        case "PER": return "PERSON"
        case "LOC": return "PLACE"
        case "ORG": return "ORGANIZATION"
        default: return nil
        }
    }

    /// Builds one document's text and mentions token by token, counting offsets in code points.
    struct DocumentBuilder {
        let file: String
        private var text = ""
        private var length = 0
        private var sentenceOpen = false
        private var entities: [EntityAnnotation] = []
        private var open: (type: String, start: Int, end: Int, surface: String, line: Int)?
        private(set) var firstLine: Int?

        init(file: String) { self.file = file }

        mutating func add(token: String, tag: Tag, line: Int) {
            if firstLine == nil { firstLine = line }
            if sentenceOpen {
                text += " "
                length += 1
            } else if length > 0 {
                text += "\n"
                length += 1
            }
            sentenceOpen = true
            let start = length
            text += token
            length += token.unicodeScalars.count
            switch tag {
            case .outside:
                close()
            case .begin(let name):
                close()
                open = (name, start, length, token, line)
            case .inside(let name):
                if let current = open, current.type == name {
                    open?.end = length
                    open?.surface += " " + token
                } else {
                    close()
                    open = (name, start, length, token, line)
                }
            }
        }

        mutating func endSentence() {
            close()
            sentenceOpen = false
        }

        /// The mentions and text, nil when the document has no token.
        mutating func finish() -> ([EntityAnnotation], String)? {
            close()
            return firstLine == nil ? nil : (entities, text)
        }

        private mutating func close() {
            guard let current = open else { return }
            open = nil
            guard let type = CoNLLReader.type(ofClass: current.type) else { return }
            entities.append(EntityAnnotation(start: current.start, end: current.end, type: type, entity: current.surface,
                                             text: current.surface, location: SourceLocation(file: file, line: current.line)))
        }
    }
}
