import ArgumentParser
import Graph

/// `--since`, `--until` and `--source`: the documents a query takes its evidence from.
struct DocumentFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Evidence only from documents dated on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Evidence only from documents dated on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("Evidence only from documents of this outlet (its source field, ignoring case).", valueName: "name"))
    var source: String?

    func validate() throws {
        for (flag, date) in [("--since", since), ("--until", until)] {
            if let date, DocumentMetadata.validDate(date) == nil { throw ValidationError("\(flag) must be a date like 2022-03-03, not \(date)") }
        }
    }

    var filter: DocumentFilter { DocumentFilter(since: since, until: until, source: source) }
}
