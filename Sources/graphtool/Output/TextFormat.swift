import NER

/// A readable summary per document: the entities of each type with their mention counts, and
/// with `--explain` every mention with the rule that decided it, then the actions with their rules
/// and the candidate clauses set aside (``ActionExplanation``).
enum TextFormat {
    static func write(_ analysis: DocumentAnalysis, explain: Bool, to out: inout OutputBuffer) {
        let mentions = analysis.mentions
        var counts: [EntityType: [String: Int]] = [:]
        for m in mentions { counts[m.type, default: [:]][m.entity, default: 0] += 1 }
        let entities = counts.values.reduce(0) { $0 + $1.count }
        out.write("\(analysis.source.name): \(mentions.count) mentions of \(entities) entities\n")
        for type in EntityType.allCases {
            guard let names = counts[type] else { continue }
            let listed = names.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { $0.value > 1 ? "\($0.key) (\($0.value))" : $0.key }
            out.write("  \(type.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(listed.joined(separator: ", "))\n")
        }
        if explain {
            for (m, range) in zip(mentions, analysis.scalarRanges()) {
                let entity = m.entity == m.text ? "" : " → \(m.entity)"
                let merged = m.resolution.map { "  (\($0))" } ?? ""
                out.write("    \(range.lowerBound)-\(range.upperBound)  \(m.type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(m.text)\(entity)  [\(m.rule)]\(merged)\n")
            }
            let actions = ActionExplanation.lines(analysis)
            if !actions.isEmpty { out.write("  actions\n") }
            for line in actions { out.write("    \(line)\n") }
        }
        out.write("\n")
    }
}
