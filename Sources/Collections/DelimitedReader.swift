/// CSV or TSV with a header row that names the fields (RFC 4180): a field in double quotes may
/// hold the delimiter, line breaks and doubled quotes (`""`). Rows end in `\n` or `\r\n`; blank
/// lines are passed over. A row with a different number of fields than the header is a problem,
/// and reading goes on with the next row.
struct DelimitedReader: RecordReader {
    private var bytes: ByteReader
    private let delimiter: UInt8
    private let file: String
    private let mapping: FieldMapping
    private var header: [String: Int]?
    private var headerCount = 0
    /// The number of the line the next row starts on.
    private var line = 1
    private var records = 0
    private var done = false

    init(_ bytes: ByteReader, delimiter: UInt8, file: String, mapping: FieldMapping) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.file = file
        self.mapping = mapping
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
                guard next.closed else {
                    done = true
                    return .failure(RecordProblem(.unclosedQuote, at: RecordLocation(file: file, line: start, record: records + 1)))
                }
                row = next.fields
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

    /// The fields of the next row, and whether its quotes are closed (false when the input ends
    /// inside a quoted field); nil at the end.
    private mutating func nextRow() throws(ReadFailure) -> (fields: [String], closed: Bool)? {
        guard var byte = try bytes.next() else { return nil }
        if line == 1, byte == 0xEF {
            // A UTF-8 byte-order mark before the header.
            _ = try bytes.next()
            _ = try bytes.next()
            guard let after = try bytes.next() else { return nil }
            byte = after
        }
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStart = true
        while true {
            if quoted {
                if byte == 0x22 {
                    guard let after = try bytes.next() else {
                        quoted = false
                        break
                    }
                    if after == 0x22 {
                        field.append(0x22)
                    } else {
                        quoted = false
                        byte = after
                        continue
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
            } else if byte == 0x22 && fieldStart {
                quoted = true
            } else if byte == delimiter {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStart = true
                guard let after = try bytes.next() else { break }
                byte = after
                continue
            } else if byte == 0x0A {
                line += 1
                if field.last == 0x0D { field.removeLast() }
                break
            } else {
                field.append(byte)
            }
            fieldStart = false
            guard let after = try bytes.next() else { break }
            byte = after
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return (fields, !quoted)
    }
}
