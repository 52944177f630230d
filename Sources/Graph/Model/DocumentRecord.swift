/// What a collection says about a document besides its text: its id in the collection, headline,
/// publication date, address and outlet. Each is nil when the collection does not give it.
public struct DocumentRecord: Sendable, Codable, Hashable {
    /// The record's id in its collection (the id field, else the URL).
    public var id: String?
    /// The headline.
    public var title: String?
    /// The publication date, `YYYY-MM-DD`.
    public var date: String?
    /// The article's address.
    public var url: String?
    /// The outlet or site that published it.
    public var source: String?

    /// A record with the given fields.
    public init(id: String? = nil, title: String? = nil, date: String? = nil, url: String? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
        self.source = source
    }

    /// The fields joined, to hash with the text: a record whose metadata changed is changed.
    var hashed: [UInt8] {
        Array([id, title, date, url, source].map { $0 ?? "" }.joined(separator: "\u{0}").utf8)
    }
}
