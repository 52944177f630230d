import NER

/// `extract --entities`: each resolved entity with its surface forms and documents, as a
/// readable list or (with `--format jsonl`) one JSON object a line.
enum EntitiesFormat {
    static func write(_ resolution: Resolution, json: Bool, to out: inout OutputBuffer) {
        let ordered = resolution.entities.sorted { ($0.type, -$0.mentionCount, $0.canonical) < ($1.type, -$1.mentionCount, $1.canonical) }
        for entity in ordered {
            let forms = entity.surfaceForms.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            let documents = Set(entity.documents.map { resolution.documents[$0].source.name }).sorted()
            if json {
                out.write("{\"entity\": " as StaticString)
                out.writeJSONString(entity.canonical)
                out.write(", \"type\": \"" as StaticString)
                out.write(entity.type.rawValue)
                out.write("\", \"mentions\": " as StaticString)
                out.write(entity.mentionCount)
                out.write(", \"forms\": {" as StaticString)
                for (n, form) in forms.enumerated() {
                    if n > 0 { out.write(", " as StaticString) }
                    out.writeJSONString(form.key)
                    out.write(": " as StaticString)
                    out.write(form.value)
                }
                out.write("}, \"documents\": [" as StaticString)
                for (n, document) in documents.enumerated() {
                    if n > 0 { out.write(", " as StaticString) }
                    out.writeJSONString(document)
                }
                out.write("]}\n" as StaticString)
            } else {
                let listed = forms.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
                out.write("\(entity.type.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(entity.canonical)  \(entity.mentionCount) mentions in \(documents.count) documents: \(listed)\n")
            }
        }
    }
}
