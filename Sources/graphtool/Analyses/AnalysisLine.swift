import Foundation
import Graph
import NER

/// One line of `graphtool extract --for-ingest`: a document's analysis with what storing it needs
/// (its text, stored path, sentences, and each mention's name before resolution across
/// documents), read back by `ingest --analyses`. Offsets count Unicode scalars, end exclusive.
struct AnalysisLine: Decodable {
    /// The version of the fields `--for-ingest` adds, written as `"version"` on every line.
    static let version = 1

    /// The document's name (`doc`): its path as given, or its record's id, URL or `FILE:LINE`.
    var doc: String
    /// Its identity in the store: ``StoredPath``.
    var path: String
    /// Whether it is a record of a collection; then `id` … `source` are what the collection says.
    var record: Bool
    var id: String?
    var title: String?
    var date: String?
    var url: String?
    var source: String?
    var text: String
    /// `[start, end]` of each sentence.
    var sentences: [[Int]]
    var entities: [Entity]
    var relations: [Relation]

    struct Entity: Decodable {
        var start: Int
        var end: Int
        var text: String
        var type: String
        var rule: String
        var sentenceIndex: Int
        /// The mention's entity as the document alone names it, before resolution across documents.
        var recognized: String

        private enum CodingKeys: String, CodingKey {
            case start, end, text, type, rule, recognized
            case sentenceIndex = "sentence_index"
        }
    }

    struct Relation: Decodable {
        var predicate: String
        var negated: Bool
        var rule: String
        var subjectMention: Int
        var objectMention: Int
        var sentenceIndex: Int

        private enum CodingKeys: String, CodingKey {
            case predicate, negated, rule
            case subjectMention = "subject_mention", objectMention = "object_mention", sentenceIndex = "sentence_index"
        }
    }

    /// Reads the version first, so that a line of another version is told as such.
    init(from decoder: Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        let version = try fields.decode(Int.self, forKey: .version)
        guard version == Self.version else { throw AnalysisProblem.version(version) }
        doc = try fields.decode(String.self, forKey: .doc)
        path = try fields.decode(String.self, forKey: .path)
        record = try fields.decode(Bool.self, forKey: .record)
        id = try fields.decodeIfPresent(String.self, forKey: .id)
        title = try fields.decodeIfPresent(String.self, forKey: .title)
        date = try fields.decodeIfPresent(String.self, forKey: .date)
        url = try fields.decodeIfPresent(String.self, forKey: .url)
        source = try fields.decodeIfPresent(String.self, forKey: .source)
        text = try fields.decode(String.self, forKey: .text)
        sentences = try fields.decode([[Int]].self, forKey: .sentences)
        entities = try fields.decode([Entity].self, forKey: .entities)
        relations = try fields.decode([Relation].self, forKey: .relations)
    }

    private enum CodingKeys: String, CodingKey {
        case version, doc, path, record, id, title, date, url, source, text, sentences, entities, relations
    }
}
