import Graph
import NER

/// What `extract --for-ingest` adds to a document's JSON line so that `ingest --analyses` can
/// store it (``AnalysisLine`` reads it back).
struct IngestFields {
    /// The document's analysis before resolution across documents: the names ingest resolves.
    var recognized: DocumentAnalysis
    /// Its identity in the store: ``StoredPath``.
    var path: String
}

extension JSONLFormat {
    /// A mention's `"sentence_index"` and `"recognized"`: its name before resolution across documents.
    static func writeIngestFields(of index: Int, _ mention: Mention, _ ingest: IngestFields, to out: inout OutputBuffer) {
        out.write(", \"sentence_index\": " as StaticString)
        out.write(mention.sentence)
        out.write(", \"recognized\": " as StaticString)
        out.writeJSONString(ingest.recognized.mentions[index].entity)
    }

    /// A relation's `"subject_mention"`, `"object_mention"` (indexes in `entities`) and `"sentence_index"`.
    static func writeIngestFields(of action: Action, to out: inout OutputBuffer) {
        out.write(", \"subject_mention\": " as StaticString)
        out.write(action.subject)
        out.write(", \"object_mention\": " as StaticString)
        out.write(action.object)
        out.write(", \"sentence_index\": " as StaticString)
        out.write(action.sentence)
    }

    /// The document's `"version"` (``AnalysisLine/version``), `"path"`, `"record"` (whether it is
    /// a record of a collection), `"sentences"` (`[start, end]` each) and `"text"`.
    static func writeIngestFields(_ ingest: IngestFields, record: DocumentRecord?, sentences: [Range<Int>], to out: inout OutputBuffer) {
        out.write(", \"version\": " as StaticString)
        out.write(AnalysisLine.version)
        out.write(", \"path\": " as StaticString)
        out.writeJSONString(ingest.path)
        out.write(record == nil ? ", \"record\": false, \"sentences\": [" as StaticString : ", \"record\": true, \"sentences\": [")
        for (n, sentence) in sentences.enumerated() {
            out.write(n == 0 ? "[" as StaticString : ", [")
            out.write(sentence.lowerBound)
            out.write(", " as StaticString)
            out.write(sentence.upperBound)
            out.write("]" as StaticString)
        }
        out.write("], \"text\": " as StaticString)
        out.writeJSONString(String(decoding: ingest.recognized.source.bytes, as: UTF8.self))
    }
}
