/// Lists the errors of an evaluation grouped by kind, each with the text around it when known.
public enum ErrorFormatter {
    /// Mention false positives and false negatives by kind, then relation false positives and
    /// false negatives; a line of context under each when the document's text is known.
    public static func text(_ errors: ErrorList, texts: DocumentTexts) -> String {
        var out = ""
        for (title, tag, list) in [("mention false positives", "FP", errors.mentionFalsePositives),
                                   ("mention false negatives", "FN", errors.mentionFalseNegatives)] {
            out += "\n== \(title) (\(list.count)) ==\n"
            for kind in MentionError.Kind.allCases {
                let ofKind = list.filter { $0.kind == kind }
                guard !ofKind.isEmpty else { continue }
                out += "-- \(kind.rawValue) (\(ofKind.count))\n"
                for e in ofKind {
                    out += "\(tag) \(e.document) [\(e.span.lowerBound),\(e.span.upperBound)) \(e.type) \"\(e.text)\" -- \(e.detail)\n"
                    if let context = texts.context(of: e.document, around: e.span) { out += "     \(context)\n" }
                }
            }
        }
        for (title, tag, list) in [("relation false positives", "FP", errors.relationFalsePositives),
                                   ("relation false negatives", "FN", errors.relationFalseNegatives)] {
            out += "\n== \(title) (\(list.count)) ==\n"
            for e in list {
                out += "\(tag) \(e.document) \(describe(e.relation))"
                if tag == "FP" { out += "  mapped to (\(e.mappedSubject ?? "unmapped"), \(e.mappedObject ?? "unmapped"))" }
                if !e.relation.altPredicates.isEmpty { out += "  alt: " + e.relation.altPredicates.joined(separator: "/") }
                out += "\n"
                if let context = context(of: e, texts: texts) { out += "     \(context)\n" }
            }
        }
        return out
    }

    /// `{"mentions": {"false_positives": […], "false_negatives": […]}, "relations": {…}}`.
    public static func json(_ errors: ErrorList, texts: DocumentTexts) -> String {
        func mention(_ e: MentionError) -> String {
            JSONText.object([("document", JSONText.string(e.document)), ("start", "\(e.span.lowerBound)"), ("end", "\(e.span.upperBound)"),
                             ("type", JSONText.string(e.type)), ("text", JSONText.string(e.text)), ("kind", JSONText.string(e.kind.rawValue)),
                             ("detail", JSONText.string(e.detail)),
                             ("context", texts.context(of: e.document, around: e.span).map(JSONText.string) ?? "null")])
        }
        func relation(_ e: RelationError) -> String {
            JSONText.object([("document", JSONText.string(e.document)), ("subject", JSONText.string(e.relation.subject)),
                             ("predicate", JSONText.string(e.relation.predicate)), ("object", JSONText.string(e.relation.object)),
                             ("negated", "\(e.relation.negated)"),
                             ("mapped_subject", e.mappedSubject.map(JSONText.string) ?? "null"),
                             ("mapped_object", e.mappedObject.map(JSONText.string) ?? "null"),
                             ("context", context(of: e, texts: texts).map(JSONText.string) ?? "null")])
        }
        return JSONText.object([
            ("mentions", JSONText.object([("false_positives", JSONText.array(errors.mentionFalsePositives.map(mention))),
                                          ("false_negatives", JSONText.array(errors.mentionFalseNegatives.map(mention)))])),
            ("relations", JSONText.object([("false_positives", JSONText.array(errors.relationFalsePositives.map(relation))),
                                           ("false_negatives", JSONText.array(errors.relationFalseNegatives.map(relation)))])),
        ])
    }

    private static func describe(_ r: RelationAnnotation) -> String {
        "\(r.negated ? "NOT " : "")\(r.predicate)(\(r.subject), \(r.object))"
    }

    /// The predicted sentence, or the gold evidence.
    private static func context(of e: RelationError, texts: DocumentTexts) -> String? {
        if let sentence = e.relation.sentence, let text = texts.text(of: e.document, in: sentence) {
            return Normalized.whitespace(text)
        }
        return e.relation.evidence.map { "evidence: \($0)" }
    }
}
