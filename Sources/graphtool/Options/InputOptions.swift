import ArgumentParser
import NewsCollections

extension InputFormat: ExpressibleByArgument {}

/// How `extract` and `ingest` read their inputs: the format, which fields hold the text and
/// metadata, and the largest record.
struct InputOptions: ParsableArguments {
    @Option(help: "Read every input in this format (jsonl, csv, tsv, html or text) instead of telling it by extension; standard input is text unless given.")
    var inputFormat: InputFormat?

    @Option(help: ArgumentHelp("The field (JSON Lines, dotted for nested objects) or column (CSV, TSV) holding the text (default: text, content, body, article).", valueName: "name"))
    var textField: String?

    @Option(help: ArgumentHelp("The field holding the headline (default: title, headline).", valueName: "name"))
    var titleField: String?

    @Option(help: ArgumentHelp("The field holding the publication date (default: date, published, publish_date, date_publish, pubDate).", valueName: "name"))
    var dateField: String?

    @Option(help: ArgumentHelp("The field holding the address (default: url, link).", valueName: "name"))
    var urlField: String?

    @Option(help: ArgumentHelp("The field holding the record's id (default: id, else the URL).", valueName: "name"))
    var idField: String?

    @Option(help: ArgumentHelp("The field holding the outlet (default: source, source_domain, site_name).", valueName: "name"))
    var sourceField: String?

    @Option(help: "Refuse files (and records) larger than this many megabytes.")
    var maxFileMb = 64

    func validate() throws {
        guard maxFileMb > 0 else { throw ValidationError("--max-file-mb must be positive") }
    }

    /// The reader of the inputs these options describe.
    var documents: InputDocuments {
        InputDocuments(maxFileBytes: maxFileMb * 1_000_000, format: inputFormat,
                       mapping: FieldMapping(text: textField, title: titleField, date: dateField, url: urlField, id: idField, source: sourceField))
    }
}
