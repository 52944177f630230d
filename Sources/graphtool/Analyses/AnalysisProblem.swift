/// Why a line given to `ingest --analyses` cannot be stored; each says what to do.
enum AnalysisProblem: Error, CustomStringConvertible {
    /// The line is not JSON, or not an object.
    case notJSON
    /// A field the line must have is missing (`entities[2].recognized`).
    case missingField(String)
    /// A field holds the wrong kind of value.
    case wrongType(String, expected: String)
    /// The line was written by a graphtool whose `--for-ingest` fields have another version.
    case version(Int)
    /// An offset outside the text, or an index naming no mention or sentence.
    case badValue(String)

    var description: String {
        switch self {
        case .notJSON:
            "not a JSON object; --analyses reads the lines `graphtool extract --for-ingest` prints"
        case .missingField(let field):
            "no field \"\(field)\"; --analyses reads the lines `graphtool extract --for-ingest` prints (plain jsonl output lacks the text and sentences)"
        case .wrongType(let field, let expected):
            "\(field) is not \(expected); --analyses reads the lines `graphtool extract --for-ingest` prints"
        case .version(let version):
            "analyses of version \(version), and this graphtool reads version \(AnalysisLine.version); run this graphtool's `extract --for-ingest` again"
        case .badValue(let what):
            "\(what); the line is not as `graphtool extract --for-ingest` wrote it: run that on the document again"
        }
    }

    /// The problem a decoding error stands for, naming the field by its path in the line.
    init(_ error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            let parts = keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
            return String(parts.joined().dropFirst())
        }
        switch error {
        case .keyNotFound(let key, let context):
            self = .missingField(path(context.codingPath + [key]))
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            self = context.codingPath.isEmpty ? .notJSON : .wrongType(path(context.codingPath), expected: Self.kind(type))
        case .dataCorrupted:
            self = .notJSON
        @unknown default:
            self = .notJSON
        }
    }

    /// How a Swift type is written in JSON, for messages.
    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        default: type is any Collection.Type ? "an array" : "an object"
        }
    }
}
