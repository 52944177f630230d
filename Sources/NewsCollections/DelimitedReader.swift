/// CSV or TSV with a header row that names the fields (RFC 4180): a field in double quotes may
/// hold the delimiter, line breaks and doubled quotes (`""`). Rows end in `\n` or `\r\n`; blank
/// lines are passed over. A row with a different number of fields than the header is a problem,
/// and reading goes on with the next row.
struct DelimitedReader: RecordReader {
    private var bytes: ByteReader
    private let delimiter: UInt8
    private let file: String
    private let mapping: FieldMapping
    private let limit: Int
    private var header: [String: Int]?
    private var headerCount = 0
    /// The number of the line the next row starts on.
    private var line = 1
    private var records = 0
    private var done = false

    /// Reads `bytes` of `file`, fields separated by `delimiter`; a row over `limit` bytes ends the file.
    init(_ bytes: ByteReader, delimiter: UInt8, file: String, mapping: FieldMapping, limit: Int) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
        self.mapping = mapping
        self.limit = limit
    }

    mutating func next() -> Result<InputRecord, RecordProblem>? {
        while !done {
            let start = line
            let row: [String]
            do {
                guard let next = try nextRow() else {
                    done = true
                    return nil
                }
                switch next {
                case .fields(let fields):
                    row = fields
                case .unclosedQuote, .tooLarge:
                    done = true
                    let kind: RecordProblem.Kind = next == .unclosedQuote ? .unclosedQuote : .tooLarge(limit: limit)
                    return .failure(RecordProblem(kind, at: RecordLocation(file: file, line: start, record: records + 1)))
                }
            } catch {
                done = true
                return .failure(RecordProblem(error.kind, at: RecordLocation(file: file, line: start, record: records + 1)))
            }
            if row == [""] { continue }
            guard let header else {
                var names: [String: Int] = [:]
                for (index, name) in row.enumerated() where names[name.trimmed] == nil { names[name.trimmed] = index }
                (header, headerCount) = (names, row.count)
                continue
            }
            records += 1
            let location = RecordLocation(file: file, line: start, record: records)
            guard row.count == headerCount else {
                return .failure(RecordProblem(.wrongFieldCount(expected: headerCount, found: row.count), at: location))
            }
            return mapping.record(at: location) { name in header[name].map { row[$0] } }
        }
        return nil
    }

    /// A row as read.
    private enum Row: Equatable {
        case fields([String])
        /// The input ended inside a quoted field.
        case unclosedQuote
        /// The row grew past the limit (its quote is probably never closed).
        case tooLarge
    }

    /// The next row, or nil at the end.
    private mutating func nextRow() throws(ReadFailure) -> Row? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        if line == 1, header == nil { try bytes.skipByteOrderMark() }
        guard let first = try bytes.next() else { return nil }
        var byte: UInt8? = first
        var fields: [String] = []
        var field: [UInt8] = []
        var room = limit
        while true {
            // `byte` starts a field (nil: the input ended after a delimiter).
            if byte == quote {
                quoted: while true {
                    switch try bytes.read(into: &field, until: quote, newline, atMost: room) {
                    case .byte(newline):
                        line += 1
                        field.append(newline)
                    case .byte:
                        byte = try bytes.next()
                        guard byte == quote else { break quoted }
                        field.append(quote)
                    case .end: return .unclosedQuote
                    case .full: return .tooLarge
                    }
                }
            }
            // The rest of the field, after its closing quote if it has one.
            var stop = ByteReader.Stop.end
            if let first = byte {
                if first == delimiter || first == newline {
                    stop = .byte(first)
                } else {
                    field.append(first)
                    stop = try bytes.read(into: &field, until: delimiter, newline, atMost: room)
                }
            }
            switch stop {
            case .byte(delimiter):
                room -= field.count
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                byte = try bytes.next()
            case .full:
                return .tooLarge
            default:
                if stop == .byte(newline) {
                    line += 1
                    if field.last == UInt8(ascii: "\r") { field.removeLast() }
                }
                fields.append(String(decoding: field, as: UTF8.self))
                return .fields(fields)
            }
        }
    }
}
