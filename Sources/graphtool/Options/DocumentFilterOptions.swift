import ArgumentParser
import Graph

/// `--since`, `--until` and `--source`: the documents a query takes its evidence from (and
/// `neighbors` counts its edges over).
struct DocumentFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only documents dated on or after this day: evidence comes from them, and neighbors counts edges over them.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only documents dated on or before this day: evidence comes from them, and neighbors counts edges over them.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("Only documents of this outlet (its source field, ignoring case): evidence comes from them, and neighbors counts edges over them.", valueName: "name"))
    var source: String?

    func validate() throws {
        for (flag, date) in [("--since", since), ("--until", until)] {
            if let date, DocumentMetadata.validDate(date) == nil { throw ValidationError("\(flag) must be a date like 2022-03-03, not \(date)") }
        }
    }

    var filter: DocumentFilter { DocumentFilter(since: since, until: until, source: source) }
}
