import ArgumentParser
import Graph
import NER

/// The ways `extract` can print what it found.
enum DocumentFormat: String, ExpressibleByArgument, CaseIterable {
    /// Per document, the entities by type, for people reading a terminal.
    case text
    /// One JSON object a line per document, for scripts and the scorer.
    case jsonl
    /// One token a line with BIO entity tags, blank lines between sentences.
    case conll

    /// Writes one document; `record` is what its collection says of it, if it came from one.
    func write(_ analysis: DocumentAnalysis, record: DocumentRecord? = nil, explain: Bool, to out: inout OutputBuffer) {
        switch self {
        case .text: TextFormat.write(analysis, explain: explain, to: &out)
        case .jsonl: JSONLFormat.write(analysis, record: record, to: &out)
        case .conll: CoNLLFormat.write(analysis, to: &out)
        }
    }
}
