import Foundation

/// Reads gold or prediction JSONL: one `{"doc", "entities", "relations"}` object a line.
///
/// A line that is not JSON, has no `doc`, or an entity without integer offsets `0 <= start < end`
/// and a type, is skipped with a ``Diagnostic`` naming the file and line; reading goes on.
public enum JSONLReader {
    /// Reads the file at `path`; `role` (`gold`, `predictions`) names it in messages.
    public static func read(path: String, role: String) throws(EvaluationError) -> AnnotationSet {
        parse(try InputFile.contents(path, role: role), file: path)
    }

    /// Parses JSONL text; `file` names it in diagnostics.
    public static func parse(_ text: String, file: String) -> AnnotationSet {
        var set = AnnotationSet()
        let decoder = JSONDecoder()
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let location = SourceLocation(file: file, line: n + 1)
            let value: JSONValue
            do {
                value = try decoder.decode(JSONValue.self, from: Data(line.utf8))
            } catch {
                set.warnings.append(Diagnostic("not valid JSON; line skipped", at: location))
                continue
            }
            guard let name = value["doc"]?.string else {
                set.warnings.append(Diagnostic("no \"doc\" field naming the document; line skipped", at: location))
                continue
            }
            var document = DocumentAnnotation(name: name, location: location)
            for entity in value["entities"]?.elements ?? [] {
                switch self.entity(entity, at: location) {
                case .success(let annotation): document.entities.append(annotation)
                case .failure(let diagnostic): set.warnings.append(diagnostic)
                }
            }
            document.relations = (value["relations"]?.elements ?? []).map { relation($0, at: location) }
            set.add(document)
        }
        return set
    }

    private static func entity(_ value: JSONValue, at location: SourceLocation) -> Result<EntityAnnotation, Diagnostic> {
        guard let type = value["type"]?.string else {
            return .failure(Diagnostic("entity without a \"type\" skipped: \(brief(value))", at: location))
        }
        guard let start = value["start"]?.int, let end = value["end"]?.int, 0 <= start, start < end else {
            return .failure(Diagnostic("entity without integer offsets 0 <= start < end skipped: \(brief(value))", at: location))
        }
        let text = value["text"]?.string
        let entity = value["entity"]?.string ?? text ?? ""
        let altTypes = (value["alt_types"]?.elements ?? []).compactMap(\.string)
        return .success(EntityAnnotation(start: start, end: end, type: type, altTypes: altTypes, entity: entity, text: text, location: location))
    }

    private static func relation(_ value: JSONValue, at location: SourceLocation) -> RelationAnnotation {
        var sentence: Range<Int>?
        if case .array(let bounds) = value["sentence"], bounds.count == 2, let start = bounds[0].int, let end = bounds[1].int, start <= end {
            sentence = start..<end
        }
        return RelationAnnotation(
            subject: value["subject"]?.string ?? "", predicate: value["predicate"]?.string ?? "",
            object: value["object"]?.string ?? "",
            altPredicates: (value["alt_predicates"]?.elements ?? []).compactMap(\.string),
            negated: value["negated"]?.truthy ?? false, nominal: value["nominal"]?.truthy ?? false,
            indirect: value["indirect"]?.truthy ?? false, evidence: value["evidence"]?.string,
            sentence: sentence, location: location)
    }

    private static func brief(_ value: JSONValue) -> String {
        let text = value["text"]?.string.map { "\"\($0)\"" } ?? "(no text)"
        let start = value["start"]?.string ?? "?", end = value["end"]?.string ?? "?"
        return "\(text) [\(start), \(end))"
    }
}

/// Reading the files the user names.
enum InputFile {
    /// The file's text (invalid UTF-8 replaced), or a typed error saying what to do.
    static func contents(_ path: String, role: String) throws(EvaluationError) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .missingFile(path: path, role: role)
        }
        guard !isFolder.boolValue else {
            throw .unreadableFile(path: path, role: role, reason: "it is a folder, not a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, role: role, reason: "permission denied or I/O error")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
