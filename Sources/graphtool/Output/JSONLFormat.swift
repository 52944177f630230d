import NER

/// `{"doc": …, "entities": [{"start", "end", "text", "type", "entity", "rule"}…], "relations": []}`,
/// one line per document, offsets in Unicode scalars, end exclusive.
enum JSONLFormat {
    static func write(_ analysis: DocumentAnalysis, to out: inout OutputBuffer) {
        out.write("{\"doc\": ")
        out.writeJSONString(analysis.source.name)
        out.write(", \"entities\": [")
        for (n, (mention, range)) in zip(analysis.mentions, analysis.scalarRanges()).enumerated() {
            out.write(n == 0 ? "{\"start\": " : ", {\"start\": ")
            out.write("\(range.lowerBound), \"end\": \(range.upperBound), \"text\": ")
            out.writeJSONString(mention.text)
            out.write(", \"type\": \"\(mention.type.rawValue)\", \"entity\": ")
            out.writeJSONString(mention.entity)
            out.write(", \"rule\": ")
            out.writeJSONString(mention.rule)
            out.write("}")
        }
        out.write("], \"relations\": []}\n")
    }
}
