/// Which fields of a JSON Lines object or a CSV/TSV row hold the article's text and metadata.
///
/// Each property lists candidate field names, tried in order; the first one with a non-empty
/// value wins. A name with dots (`meta.published`) is a path into nested JSON objects; a CSV or
/// TSV header is matched by its whole name. The defaults fit common news dumps.
public struct FieldMapping: Sendable, Hashable {
    /// The article's text: `text`, `content`, `body`, `article`.
    public var text: [String]
    /// The headline: `title`, `headline`.
    public var title: [String]
    /// The publication date: `date`, `published`, `publish_date`, `date_publish`, `pubDate`.
    public var date: [String]
    /// The address: `url`, `link`.
    public var url: [String]
    /// The record's id: `id`. A record without one takes its URL as id.
    public var id: [String]
    /// The outlet: `source`, `source_domain`, `site_name`.
    public var source: [String]

    /// The default names, each replaced by the one given (as from `--text-field` and the like).
    public init(text: String? = nil, title: String? = nil, date: String? = nil,
                url: String? = nil, id: String? = nil, source: String? = nil) {
        self.text = text.map { [$0] } ?? ["text", "content", "body", "article"]
        self.title = title.map { [$0] } ?? ["title", "headline"]
        self.date = date.map { [$0] } ?? ["date", "published", "publish_date", "date_publish", "pubDate"]
        self.url = url.map { [$0] } ?? ["url", "link"]
        self.id = id.map { [$0] } ?? ["id"]
        self.source = source.map { [$0] } ?? ["source", "source_domain", "site_name"]
    }

    /// The record whose fields `value` gives (nil for a missing field), or the problem that it has
    /// no text. The date is the first of the date fields that ``PublicationDate`` can read.
    func record(at location: RecordLocation, _ value: (String) -> String?) -> Result<InputRecord, RecordProblem> {
        func first(_ names: [String], _ transform: (String) -> String? = { $0 }) -> String? {
            for name in names {
                if let found = value(name)?.trimmed, !found.isEmpty, let result = transform(found) { return result }
            }
            return nil
        }
        guard let text = first(self.text) else { return .failure(RecordProblem(.missingText(fields: self.text), at: location)) }
        let url = first(self.url)
        return .success(InputRecord(id: first(id) ?? url, text: text, title: first(title),
                                    date: first(date, PublicationDate.normalized), url: url,
                                    source: first(source), location: location))
    }
}

extension String {
    /// Without white space (and line ends) at either end.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...last])
    }
}
