/// A sentence that supports an edge or a mention: the document it is in and its byte offsets.
public struct Evidence: Sendable, Codable, Equatable {
    /// The document's path as given to `ingest`, or a record's id, URL or `file:line`.
    public var document: String
    public var date: String?
    /// UTF-8 byte offsets of the sentence in the document, end exclusive.
    public var start: Int
    public var end: Int
    /// The sentence, with line breaks turned into spaces.
    public var sentence: String
    /// The document's title: its record's, else (a text file) its first line; nil when a record has none.
    public var title: String?
    /// The document's address and outlet, when its collection gave them.
    public var url: String?
    public var source: String?
}
