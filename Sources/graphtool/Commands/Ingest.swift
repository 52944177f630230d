import ArgumentParser
import Foundation
import Graph
import NER

/// `graphtool ingest`: adds documents to the graph store.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add text files and news collections to the entity graph store.",
        discussion: """
            Each PATH is a file, a folder (read recursively for .txt, .jsonl, .csv, .tsv and .html files, each \
            optionally .gz) or - for standard input. A text file is a document stored by its path; a file of \
            records (JSON Lines, CSV, TSV) gives a document a record, stored by its id, else its URL, else \
            FILE:LINE, with its title, date, URL and source.

            A document already stored with the same content is skipped; a stored path or record id with new \
            content is replaced. A record that cannot be read is reported with its file and line and skipped; \
            the rest is ingested and the exit status is 1. Names are resolved against the entities already in the store. Each batch is one \
            transaction: an interrupted ingest leaves a consistent store, and running it again finishes.

            A document's date is its record's, else read from its first lines (2022-03-03, March 3, 2022), \
            else --date.

            Documents are analysed by --jobs workers at once (by default one for each core graphtool \
            may run on, up to 8), and each batch is written while the next one is read and analysed; \
            the store is the same as with --jobs 1, which does everything on one thread.

            --analyses stores documents analysed elsewhere, by `graphtool extract --for-ingest` (on \
            Spark: Scripts/spark/extract.py), instead of reading PATHs: the same documents make the \
            same store as ingest of their text. A folder is read file by file in name order, passing \
            over names that start with _ or . (Spark's _SUCCESS and checksums). Every line is checked before any is stored: a line that \
            is not JSON, lacks a field, was written for another version or whose offsets do not fit \
            its text is reported with its file and line, and nothing is stored.
            """)

    @Argument(help: "Files, folders or - (standard input).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Store the analyses `graphtool extract --for-ingest` printed, from a file, a folder of part files or - (standard input), instead of analysing PATHs.", valueName: "file|folder|-"))
    var analyses: String?

    @Option(help: ArgumentHelp("The date of documents whose text gives none.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "Megabytes of text per transaction.")
    var batchMb = 16

    @Option(help: "Documents analysed (with --analyses, decoded) at once; 1 also writes on the same thread. (default: the cores graphtool may run on, up to 8)")
    var jobs: Int?

    /// --jobs, else one worker for each core this process may run on, up to 8 (each keeps a
    /// word cache of its own).
    private var workers: Int { jobs ?? min(8, AvailableCores.count) }

    @OptionGroup var input: InputOptions
    @OptionGroup var recognizerOptions: RecognizerOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if analyses == nil {
            guard !paths.isEmpty else { throw ValidationError("name at least one file, folder or - for standard input, or give --analyses") }
        } else {
            guard paths.isEmpty else { throw ValidationError("--analyses stores analyses made already; name no PATH beside it") }
            guard recognizerOptions.gazetteers.isEmpty else { throw ValidationError("--gazetteer changes recognition, which extract did: give it to `graphtool extract --for-ingest`") }
        }
        guard batchMb > 0, (jobs ?? 1) > 0 else { throw ValidationError("--batch-mb and --jobs must be positive") }
        if let date, DocumentMetadata.validDate(date) == nil { throw ValidationError("--date must be a date like 2022-03-03, not \(date)") }
    }

    func run() throws {
        let resolver = try recognizerOptions.resolver()
        var errors = OutputBuffer(.standardError)
        var failed = false
        let ingested: (report: IngestReport, seconds: Double, summary: (path: String, totals: StoreTotals))
        if let analyses {
            let given = try AnalysesInput(analyses)
            defer { given.close() }
            let count = try given.check(workers: workers, reportingTo: &errors)
            var queue = try queue(resolver: resolver, analyzer: nil, total: count)
            try given.forEach(workers: workers) { try queue.add($0) }
            ingested = try queue.finish(summarizing: totals)
        } else {
            let analyzer = ParallelAnalysis(recognizer: try recognizerOptions.recognizer(), workers: workers)
            let inputs = input.documents
            let items = inputs.items(paths, warnings: &errors)
            var queue = try queue(resolver: resolver, analyzer: analyzer, total: items.count)
            let folder = FileSystem.currentFolder()
            for item in items {
                defer { errors.flush() }
                let complete = try inputs.read(item, reportingTo: &errors) { document in
                    let path = StoredPath.of(record: document.record, location: document.location, in: folder)
                    try queue.add(IngestQueue.Document(.text(document.source), path: path, record: document.record))
                }
                if !complete { failed = true }
            }
            ingested = try queue.finish(summarizing: totals)
        }
        try summarize(ingested.report, seconds: ingested.seconds, store: ingested.summary)
        if failed { throw ExitCode.failure }
    }

    /// The queue into the store; `total` is the number of inputs the progress bar counts to.
    private func queue(resolver: EntityResolver, analyzer: ParallelAnalysis?, total: Int) throws -> IngestQueue {
        IngestQueue(graph: try store.open(.write), stored: try store.open(.read), resolver: resolver, analyzer: analyzer,
                    batchBytes: batchMb * 1_000_000, background: workers > 1, fallbackDate: date, total: total)
    }

    /// Where the store is and what it holds, read once every batch is written; its edges are
    /// not counted, which would take as long as the store is large (`graphtool stats` does).
    private func totals() throws -> (path: String, totals: StoreTotals) {
        let graph = try store.open(.read)
        return (graph.path, try store.timed("totals") { try graph.totals() })
    }

    /// Prints what was done and what the store holds.
    private func summarize(_ report: IngestReport, seconds: Double, store summary: (path: String, totals: StoreTotals)) throws {
        let totals = summary.totals
        if store.json {
            try JSONOutput.print(IngestSummary(report: report, seconds: seconds, store: totals))
        } else {
            print(String(format: "ingested %d documents (%.1f MB) in %.2f s, %.1f MB/s: %d new, %d replaced, %d unchanged, %d duplicates",
                         report.added + report.replaced, Double(report.bytes) / 1e6, seconds, Double(report.bytes) / 1e6 / seconds,
                         report.added, report.replaced, report.unchanged, report.duplicates))
            print("\(summary.path): \(totals.documents) documents, \(totals.entities) entities, \(totals.mentions) mentions")
        }
    }
}

/// `ingest --json`: what was done and what the store holds.
struct IngestSummary: Encodable {
    var report: IngestReport
    var seconds: Double
    var store: StoreTotals
}
