import Graph
import NER

/// `{"doc": …, ["id", "title", "date", "url", "source" when the document is a record that has them,]
/// "entities": [{"start", "end", "text", "type", "entity", "rule"}…], "relations":
/// [{"subject", "predicate", "object", "negated", "sentence": [start, end], "rule"}…]}`, one line per
/// document, offsets in Unicode scalars, end exclusive; relations name entities by canonical name.
/// With `ingest` (`extract --for-ingest`), what `ingest --analyses` needs besides
/// (``writeIngestFields(_:record:sentences:to:)``).
enum JSONLFormat {
    static func write(_ analysis: DocumentAnalysis, record: DocumentRecord? = nil, ingest: IngestFields? = nil, to out: inout OutputBuffer) {
        out.write("{\"doc\": " as StaticString)
        out.writeJSONString(analysis.source.name)
        if let record {
            for (key, value) in [("id", record.id), ("title", record.title), ("date", record.date), ("url", record.url), ("source", record.source)] {
                guard let value else { continue }
                out.write(", \"")
                out.write(key)
                out.write("\": ")
                out.writeJSONString(value)
            }
        }
        out.write(", \"entities\": [" as StaticString)
        let ranges = analysis.scalarRanges()
        for n in analysis.mentions.indices {
            out.write(n == 0 ? "{\"start\": " as StaticString : ", {\"start\": ")
            out.write(ranges[n].lowerBound)
            out.write(", \"end\": " as StaticString)
            out.write(ranges[n].upperBound)
            out.write(", \"text\": " as StaticString)
            out.writeJSONString(analysis.mentions[n].text)
            out.write(", \"type\": \"" as StaticString)
            out.write(analysis.mentions[n].type.rawValue)
            out.write("\", \"entity\": " as StaticString)
            out.writeJSONString(analysis.mentions[n].entity)
            out.write(", \"rule\": " as StaticString)
            out.writeJSONString(analysis.mentions[n].rule)
            if let ingest { writeIngestFields(of: n, analysis.mentions[n], ingest, to: &out) }
            out.write("}" as StaticString)
        }
        out.write("], \"relations\": [" as StaticString)
        let sentences = analysis.actions.isEmpty && ingest == nil ? [] : analysis.sentenceScalarRanges()
        for (n, action) in analysis.actions.enumerated() {
            let sentence = sentences[action.sentence]
            out.write(n == 0 ? "{\"subject\": " as StaticString : ", {\"subject\": ")
            out.writeJSONString(analysis.mentions[action.subject].entity)
            out.write(", \"predicate\": " as StaticString)
            out.writeJSONString(action.predicate)
            out.write(", \"object\": " as StaticString)
            out.writeJSONString(analysis.mentions[action.object].entity)
            out.write(action.negated ? ", \"negated\": true, \"sentence\": [" as StaticString : ", \"negated\": false, \"sentence\": [")
            out.write(sentence.lowerBound)
            out.write(", " as StaticString)
            out.write(sentence.upperBound)
            out.write("], \"rule\": " as StaticString)
            out.writeJSONString(action.rule)
            if ingest != nil { writeIngestFields(of: action, to: &out) }
            out.write("}" as StaticString)
        }
        out.write("]" as StaticString)
        if let ingest { writeIngestFields(ingest, record: record, sentences: sentences, to: &out) }
        out.write("}\n" as StaticString)
    }
}
