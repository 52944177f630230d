/// The records of one input — a file or standard input — read one at a time, so that memory stays
/// bounded however large the input is.
///
/// Each element is a record or a problem. A problem with one record (a malformed JSON line, a CSV
/// row with the wrong number of fields, a record without text) skips that record and reading goes
/// on; a problem with the file itself (it cannot be opened, its format is unknown, its gzip stream
/// is damaged) ends it, after the records read before.
///
///     for result in CollectionReader(path: "news.jsonl.gz") {
///         switch result {
///         case .success(let record): print(record.date ?? "-", record.title ?? "")
///         case .failure(let problem): print(problem)
///         }
///     }
public struct CollectionReader: Sequence, Sendable {
    /// The path to read, or `-` for standard input.
    public let path: String
    /// The format; nil to take it from the file name.
    public let format: InputFormat?
    /// Which fields hold the text and metadata (JSON Lines, CSV, TSV).
    public let mapping: FieldMapping
    /// The most bytes one record may take (a line, a row, a page or a text file), so that memory
    /// stays bounded on any input; a larger record is a problem.
    public let maxRecordBytes: Int

    /// A reader of the file at `path`, or of standard input when `path` is `-`.
    ///
    /// A file is gzip-compressed when its name ends in `.gz`; standard input when it starts with
    /// gzip's magic bytes. `format` is needed for standard input and overrides the file name.
    public init(path: String, format: InputFormat? = nil, mapping: FieldMapping = FieldMapping(), maxRecordBytes: Int = 64_000_000) {
        self.path = path
        self.format = format
        self.mapping = mapping
        self.maxRecordBytes = maxRecordBytes
    }

    /// Opens the input; when it cannot be opened, the problem is the first and only element.
    public func makeIterator() -> Iterator {
        Iterator(self)
    }

    /// Yields the records and problems of one input in order.
    public struct Iterator: IteratorProtocol {
        private var reader: (any RecordReader)?
        private var opening: RecordProblem?

        init(_ input: CollectionReader) {
            let location = RecordLocation(file: input.path)
            guard let format = input.format ?? (input.path == "-" ? nil : InputFormat(path: input.path)) else {
                opening = RecordProblem(input.path == "-" ? .formatNeeded : .unknownFormat, at: location)
                return
            }
            do {
                let bytes = try Self.bytes(input.path)
                let (file, mapping, limit) = (input.path, input.mapping, input.maxRecordBytes)
                switch format {
                case .jsonl: reader = JSONLinesReader(bytes, file: file, mapping: mapping, limit: limit)
                case .csv: reader = DelimitedReader(bytes, delimiter: UInt8(ascii: ","), file: file, mapping: mapping, limit: limit)
                case .tsv: reader = DelimitedReader(bytes, delimiter: UInt8(ascii: "\t"), file: file, mapping: mapping, limit: limit)
                case .html: reader = WholeFileReader(bytes, file: file, html: true, limit: limit)
                case .text: reader = WholeFileReader(bytes, file: file, html: false, limit: limit)
                }
            } catch {
                opening = RecordProblem(error.kind, at: location)
            }
        }

        /// The bytes of `path`, decompressed when gzip-compressed.
        private static func bytes(_ path: String) throws(ReadFailure) -> ByteReader {
            guard path == "-" else {
                let file = try FileChunks(path: path)
                return InputFormat.isCompressed(path: path) ? ByteReader(try GzipChunks(file)) : ByteReader(file)
            }
            let input = FileChunks.standardInput()
            var start: [UInt8] = []
            while start.count < 2, try input.read(appendingTo: &start) {}
            return start.starts(with: [0x1F, 0x8B]) ? ByteReader(try GzipChunks(input, prefix: start)) : ByteReader(input, prefix: start)
        }

        /// The next record or problem, or nil when the input is done.
        public mutating func next() -> Result<InputRecord, RecordProblem>? {
            if let problem = opening {
                opening = nil
                reader = nil
                return .failure(problem)
            }
            return reader?.next()
        }
    }
}
