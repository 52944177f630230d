/// One article read from a collection: its text and what the collection says about it.
public struct InputRecord: Sendable, Hashable {
    /// The record's identity in its collection: the id field, else the URL; nil when neither is given.
    public var id: String?
    /// The article's text, never empty.
    public var text: String
    /// The headline.
    public var title: String?
    /// The publication date as `YYYY-MM-DD` (see ``PublicationDate``); nil when absent or unreadable.
    public var date: String?
    /// The article's address.
    public var url: String?
    /// The outlet or site that published it.
    public var source: String?
    /// Where the record was read.
    public var location: RecordLocation

    /// A record with the given fields.
    public init(id: String? = nil, text: String, title: String? = nil, date: String? = nil,
                url: String? = nil, source: String? = nil, location: RecordLocation) {
        self.id = id
        self.text = text
        self.title = title
        self.date = date
        self.url = url
        self.source = source
        self.location = location
    }
}

/// Where a record (or a problem) was found: the file, and for files of many records the line the
/// record starts on and its number among the file's records.
public struct RecordLocation: Sendable, Hashable, CustomStringConvertible {
    /// The path as given, or `-` for standard input.
    public var file: String
    /// The 1-based line the record starts on, for line-oriented formats (JSON Lines, CSV, TSV).
    public var line: Int?
    /// The 1-based number of the record in its file (a CSV header row is not counted).
    public var record: Int

    /// A location in `file`.
    public init(file: String, line: Int? = nil, record: Int = 1) {
        self.file = file
        self.line = line
        self.record = record
    }

    /// `file:line`, or the file alone for a file of one record.
    public var description: String {
        line.map { "\(file):\($0)" } ?? file
    }
}
