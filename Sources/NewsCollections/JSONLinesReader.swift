/// JSON Lines: one JSON object, one article, a line. Blank lines are passed over; a line that is
/// not a JSON object, or has no text, is a problem and reading goes on with the next line.
struct JSONLinesReader: RecordReader {
    private var bytes: ByteReader
    private let file: String
    private let mapping: FieldMapping
    private let limit: Int
    private var line = 0
    private var records = 0
    private var done = false

    /// Reads `bytes` of `file`; a line over `limit` bytes is a problem.
    init(_ bytes: ByteReader, file: String, mapping: FieldMapping, limit: Int) {
        self.bytes = bytes
        self.file = file
        self.mapping = mapping
        self.limit = limit
    }

    mutating func next() -> Result<InputRecord, RecordProblem>? {
        while !done {
            let text: ByteReader.Line
            do {
                if line == 0 { try bytes.skipByteOrderMark() }
                guard let next = try bytes.nextLine(limit: limit) else {
                    done = true
                    return nil
                }
                text = next
            } catch {
                done = true
                return .failure(RecordProblem(error.kind, at: RecordLocation(file: file, line: line + 1, record: records + 1)))
            }
            line += 1
            guard case .bytes(let lineBytes) = text else {
                records += 1
                return .failure(RecordProblem(.tooLarge(limit: limit), at: RecordLocation(file: file, line: line, record: records)))
            }
            guard lineBytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            records += 1
            let location = RecordLocation(file: file, line: line, record: records)
            let value = JSONValue(parsing: lineBytes)
            guard case .object(let fields) = value else {
                if records == 1, lineBytes.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "[") {
                    done = true
                    return .failure(RecordProblem(.jsonArray, at: location))
                }
                return .failure(RecordProblem(value == nil ? .malformedJSON : .notAnObject, at: location))
            }
            return mapping.record(at: location) { Self.value(at: $0, in: fields) }
        }
        return nil
    }

    /// The field named `path` as text: a key as it stands, else a dotted path through nested
    /// objects. Strings and numbers give their text; null, arrays and objects give nil.
    private static func value(at path: String, in fields: [String: JSONValue]) -> String? {
        if let value = fields[path] { return value.text }
        var object = fields
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count > 1 else { return nil }
        for part in parts.dropLast() {
            guard case .object(let inner) = object[String(part)] else { return nil }
            object = inner
        }
        return object[String(parts.last!)]?.text
    }
}
