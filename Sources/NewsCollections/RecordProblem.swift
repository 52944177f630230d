/// Why a record, or the rest of a file, was skipped. Reading goes on with the next record or file.
public struct RecordProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// The file could not be opened or read; the reason is the system's.
        case unreadable(reason: String)
        /// Standard input was named without a format to read it in.
        case formatNeeded
        /// The file's extension names no known format.
        case unknownFormat
        /// The gzip stream is damaged or cut short; the records before the damage were read.
        case badGzip(detail: String)
        /// A JSON Lines line is not valid JSON.
        case malformedJSON
        /// A JSON Lines line is valid JSON but not an object.
        case notAnObject
        /// A JSON Lines file starts with `[`: it is one JSON array, not one object a line.
        case jsonArray
        /// A CSV or TSV row has a different number of fields than the header row.
        case wrongFieldCount(expected: Int, found: Int)
        /// A quoted CSV or TSV field is still open at the end of the file.
        case unclosedQuote
        /// A record (a line, a row, a whole page or text file) is over the limit of `limit` bytes.
        case tooLarge(limit: Int)
        /// None of the text fields holds any text.
        case missingText(fields: [String])
        /// An HTML page has no text outside scripts, styles, navigation, headers, footers and forms.
        case noBodyText
    }

    /// What went wrong.
    public var kind: Kind
    /// Where: the file, and the line or record when there is one.
    public var location: RecordLocation

    /// A problem of `kind` at `location`.
    public init(_ kind: Kind, at location: RecordLocation) {
        self.kind = kind
        self.location = location
    }

    /// `location: what happened; what to do`.
    public var description: String {
        "\(location): \(explanation)"
    }

    private var explanation: String {
        switch kind {
        case .unreadable(let reason):
            return "cannot read the file: \(reason); check the path and its permissions"
        case .formatNeeded:
            return "standard input has no file name to tell its format; give the format (jsonl, csv, tsv, html or text)"
        case .unknownFormat:
            return "cannot tell the format from the file name; name it .jsonl, .csv, .tsv, .html or .txt (optionally .gz), or give the format"
        case .badGzip(let detail):
            return "not a valid gzip stream (\(detail)); the records before this point were read, the rest of the file skipped; check that the file is complete (gzip -t)"
        case .malformedJSON:
            return "not valid JSON; line skipped; each line must hold one JSON object"
        case .notAnObject:
            return "not a JSON object; line skipped; each line must hold one JSON object with the article's fields"
        case .jsonArray:
            return "the file is one JSON array, not one JSON object a line; skipped; convert it with jq -c '.[]' FILE > FILE.jsonl"
        case .wrongFieldCount(let expected, let found):
            return "row has \(found) field(s) where the header row has \(expected); row skipped; quote fields that contain the delimiter or a line break"
        case .unclosedQuote:
            return "a quoted field that starts here is never closed; the rest of the file skipped; close the quote, and double any quote inside the field (\"\")"
        case .tooLarge(let limit):
            return "one record is over the limit of \(limit / 1_000_000) MB; skipped (a CSV or TSV row with a quote that is never closed runs on: the rest of that file is skipped); split the record, or raise the limit"
        case .missingText(let fields):
            return "no text in the field(s) \(fields.joined(separator: ", ")); record skipped; name the field that holds the article's text"
        case .noBodyText:
            return "no article text outside scripts, styles, navigation, headers, footers and forms; page skipped"
        }
    }
}
