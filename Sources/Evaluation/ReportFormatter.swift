/// Prints an ``EvaluationReport`` as a table for people or as JSON.
public enum ReportFormatter {
    /// The figures as a table, fractions with three decimals, `-` where undefined.
    public static func text(_ report: EvaluationReport) -> String {
        var out = ""
        let scheme = report.options.scheme
        out += "documents: \(report.documents)   types: \(scheme.scoredTypes.map { $0.sorted().joined(separator: ",") } ?? "all")"
        out += "   collapse-org: \(scheme.collapsesOrganizations ? "yes" : "no")\n"
        out += "mentions, typed (exact span and type)\n"
        out += line("all", report.mentions.typed)
        for type in report.mentions.perType.keys.sorted() { out += line(type, report.mentions.perType[type]!, showsGoldTP: true) }
        out += "mentions, untyped (exact span)\n"
        out += line("all", report.mentions.untyped)
        if let b = report.resolution {
            out += "resolution, B³ over \(b.mentions) exactly matched mentions (\(b.goldEntities) gold / \(b.predictedEntities) predicted entities)\n"
            out += "  " + pad("B3") + fractions(b.precision, b.recall, b.f1) + "\n"
        } else {
            out += "resolution: not scored\n"
        }
        if let r = report.relations {
            out += "relations (core: gold relations neither nominal nor indirect)\n"
            out += line("all", r.all)
            out += line("core", r.core, showsGoldTP: true)
            if !r.unmappedCanonicals.isEmpty { out += "  unmapped predicted canonicals: \(r.unmappedCanonicals.count)\n" }
        } else {
            out += "relations: not scored\n"
        }
        return out
    }

    /// `{"mentions": {"typed", "untyped", "per_type"}, "resolution": {"bcubed"}, "relations": {"all", "core"}, …}`;
    /// fractions in 0…1, null where undefined; a section not scored is null. With `errors`, an
    /// `"errors"` member lists them with context from `texts`.
    public static func json(_ report: EvaluationReport, errors: Bool = false, texts: DocumentTexts = DocumentTexts()) -> String {
        let m = report.mentions
        let perType = report.mentions.perType.keys.sorted().map { ($0, score(m.perType[$0]!, showsGoldTP: true)) }
        var fields: [(String, String)] = [
            ("mentions", JSONText.object([("typed", score(m.typed)), ("untyped", score(m.untyped)), ("per_type", JSONText.object(perType))])),
            ("resolution", JSONText.object([("bcubed", report.resolution.map(bcubed) ?? "null")])),
            ("relations", JSONText.object([
                ("all", report.relations.map { score($0.all) } ?? "null"),
                ("core", report.relations.map { score($0.core, showsGoldTP: true) } ?? "null"),
                ("unmapped_predicted_canonicals", report.relations.map { JSONText.array($0.unmappedCanonicals.map(JSONText.string)) } ?? "null"),
            ])),
            ("documents", "\(report.documents)"),
            ("options", JSONText.object([
                ("types", report.options.scheme.scoredTypes.map { JSONText.array($0.sorted().map(JSONText.string)) } ?? "null"),
                ("collapse_org", "\(report.options.scheme.collapsesOrganizations)"),
            ])),
        ]
        if errors { fields.append(("errors", ErrorFormatter.json(report.errors, texts: texts))) }
        return "{\n" + fields.map { " " + JSONText.string($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n}\n"
    }

    static func score(_ s: Score, showsGoldTP: Bool = false) -> String {
        var fields = [("p", JSONText.number(s.precision)), ("r", JSONText.number(s.recall)), ("f1", JSONText.number(s.f1)),
                      ("tp", "\(s.tp)"), ("pred", "\(s.predicted)"), ("gold", "\(s.gold)")]
        if showsGoldTP { fields.append(("tp_gold", "\(s.tpGold)")) }
        return JSONText.object(fields)
    }

    static func bcubed(_ b: BCubedScore) -> String {
        JSONText.object([("p", JSONText.number(b.precision)), ("r", JSONText.number(b.recall)), ("f1", JSONText.number(b.f1)),
                         ("mentions", "\(b.mentions)"), ("gold_entities", "\(b.goldEntities)"), ("pred_entities", "\(b.predictedEntities)")])
    }

    private static func line(_ name: String, _ s: Score, showsGoldTP: Bool = false) -> String {
        let extra = showsGoldTP && s.tpGold != s.tp ? " (tp by gold \(s.tpGold))" : ""
        return "  " + pad(name) + fractions(s.precision, s.recall, s.f1) + "   tp \(s.tp) pred \(s.predicted) gold \(s.gold)\(extra)\n"
    }

    private static func pad(_ name: String) -> String { name + String(repeating: " ", count: max(1, 15 - name.count)) }

    private static func fractions(_ p: Double?, _ r: Double?, _ f: Double?) -> String {
        "P \(fraction(p))  R \(fraction(r))  F1 \(fraction(f))"
    }

    /// `0.912`, or `    -` when undefined.
    static func fraction(_ value: Double?) -> String {
        guard let value else { return "    -" }
        let thousandths = Int((value * 1000).rounded())
        let fractional = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fractional.count) + fractional
    }
}
