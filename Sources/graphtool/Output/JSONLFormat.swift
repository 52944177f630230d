import NER

/// `{"doc": …, "entities": [{"start", "end", "text", "type", "entity", "rule"}…], "relations": []}`,
/// one line per document, offsets in Unicode scalars, end exclusive.
enum JSONLFormat {
    static func write(_ analysis: DocumentAnalysis, to out: inout OutputBuffer) {
        out.write("{\"doc\": " as StaticString)
        out.writeJSONString(analysis.source.name)
        out.write(", \"entities\": [" as StaticString)
        for (n, (mention, range)) in zip(analysis.mentions, analysis.scalarRanges()).enumerated() {
            out.write(n == 0 ? "{\"start\": " as StaticString : ", {\"start\": ")
            out.write(range.lowerBound)
            out.write(", \"end\": " as StaticString)
            out.write(range.upperBound)
            out.write(", \"text\": " as StaticString)
            out.writeJSONString(mention.text)
            out.write(", \"type\": \"" as StaticString)
            out.write(mention.type.rawValue)
            out.write("\", \"entity\": " as StaticString)
            out.writeJSONString(mention.entity)
            out.write(", \"rule\": " as StaticString)
            out.writeJSONString(mention.rule)
            out.write("}" as StaticString)
        }
        out.write("], \"relations\": []}\n" as StaticString)
    }
}
