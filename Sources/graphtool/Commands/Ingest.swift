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

            Documents are analysed by --jobs workers at once, and each batch is written while the next \
            one is read and analysed; the store is the same as with --jobs 1, which does everything on \
            one thread.
            """)

    @Argument(help: "Files, folders or - (standard input).")
    var paths: [String]

    @Option(help: ArgumentHelp("The date of documents whose text gives none.", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "Megabytes of text per transaction.")
    var batchMb = 8

    @Option(help: "Documents analysed at once; 1 also writes on the same thread.")
    var jobs = 2

    @OptionGroup var input: InputOptions
    @OptionGroup var recognizerOptions: RecognizerOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one file, folder or - for standard input") }
        guard batchMb > 0, jobs > 0 else { throw ValidationError("--batch-mb and --jobs must be positive") }
        if let date, DocumentMetadata.validDate(date) == nil { throw ValidationError("--date must be a date like 2022-03-03, not \(date)") }
    }

    func run() throws {
        let recognizer = try recognizerOptions.recognizer()
        let resolver = try recognizerOptions.resolver()
        let graph = try store.open(.write)
        // Asked which documents are stored while a batch is being written (the write connection is busy).
        let stored = try store.open(.read)
        let inputs = input.documents
        var errors = OutputBuffer(.standardError)
        let items = inputs.items(paths, warnings: &errors)
        var progress = ProgressBar(total: items.count)
        var report = IngestReport(), failed = false
        var batch: [IngestDocument] = [], batchBytes = 0
        var names = Set<UInt64>()
        let analyzer = ParallelAnalysis(recognizer: recognizer, workers: jobs)
        let writer = BatchWriterThread(background: jobs > 1)
        let folder = FileSystem.currentFolder()
        func flush() throws {
            guard !batch.isEmpty else { return }
            let documents = batch
            try writer.submit {
                do { return try graph.ingest(documents, resolve: { resolver.resolve($0, known: $1) }, aliases: resolver.aliases) } catch let error as GraphStoreError {
                    throw CommandFailure(error.description)
                }
            }
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
        }
        // Loaded documents whose stored status is not yet known: asked for together, then analysed together.
        var loaded: [(source: SourceText, path: String, hash: ContentHash, record: DocumentRecord?)] = []
        func analyzeLoaded() throws {
            let statuses = (try? stored.status(of: loaded.map { ($0.path, $0.hash) })) ?? loaded.map { _ in .new }
            var analyses = analyzer.analyze(zip(loaded, statuses).filter { [DocumentStatus.new, .changed].contains($1) }.map { $0.0.source }).makeIterator()
            for (document, status) in zip(loaded, statuses) {
                switch status {
                case .unchanged: report.unchanged += 1
                case .duplicate: report.duplicates += 1
                case .new, .changed:
                    let analysis = analyses.next()!
                    if progress.visible { for m in analysis.mentions.indices { names.insert(Self.key(analysis.mentions[m].entity)) } }
                    batch.append(IngestDocument(path: document.path, analysis: analysis, fallbackDate: date,
                                                hash: document.hash, record: document.record))
                    batchBytes += document.source.bytes.count
                    if batchBytes >= batchMb * 1_000_000 { try flush() }
                }
                progress.advance(bytes: document.source.bytes.count, entities: names.count)
            }
            loaded.removeAll(keepingCapacity: true)
        }
        for item in items {
            defer { errors.flush() }
            let complete = try inputs.read(item, reportingTo: &errors) { document in
                let hash = ContentHash(text: document.source.bytes, record: document.record)
                loaded.append((document.source, Self.storedPath(document, in: folder), hash, document.record))
                if loaded.count == 64 { try analyzeLoaded() }
            }
            if !complete { failed = true }
        }
        try analyzeLoaded()
        try flush()
        report += try writer.finish()
        progress.finish()
        let seconds = progress.seconds
        let stats = try store.timed("stats") { try graph.statistics() }
        if store.json {
            try JSONOutput.print(IngestSummary(report: report, seconds: seconds, store: stats))
        } else {
            print(String(format: "ingested %d documents (%.1f MB) in %.2f s, %.1f MB/s: %d new, %d replaced, %d unchanged, %d duplicates",
                         report.added + report.replaced, Double(report.bytes) / 1e6, seconds, Double(report.bytes) / 1e6 / seconds,
                         report.added, report.replaced, report.unchanged, report.duplicates))
            print("\(graph.path): \(stats.documents) documents, \(stats.entities) entities, \(stats.mentions) mentions, "
                  + "\(stats.edgesByKind.values.reduce(0, +)) edges")
        }
        if failed { throw ExitCode.failure }
    }

    /// A name's hash, to count distinct entities for the progress bar without keeping their names.
    static func key(_ name: String) -> UInt64 {
        name.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// A record is stored by its id (else its URL); files by absolute path (against `folder`, the
    /// current one), standard input as `-`, each followed by `:line` for a record of many in it.
    static func storedPath(_ document: InputDocuments.Document, in folder: String) -> String {
        if let id = document.record?.id { return id }
        let file = document.location.file
        let path = file == "-" ? file : FileSystem.absolutePath(file, in: folder)
        return document.location.line.map { "\(path):\($0)" } ?? path
    }
}

/// `ingest --json`: what was done and what the store holds.
struct IngestSummary: Encodable {
    var report: IngestReport
    var seconds: Double
    var store: GraphStatistics
}
