import Graph
import NER

/// Documents on their way into the store, given as text to analyse or as analyses made elsewhere
/// (`ingest --analyses`): asked for their stored status 64 at a time, so that what is stored
/// already is neither analysed nor written again; then gathered into batches of about
/// `batchBytes` bytes of text, each written on ``BatchWriterThread`` while the next is gathered.
/// Both kinds of input make the same batches, so the same documents give the same store.
struct IngestQueue {
    /// A document read, with what the store keys it by.
    struct Document {
        /// Its text, to analyse, or its analysis.
        enum Content {
            case text(SourceText)
            case analysis(DocumentAnalysis)

            var bytes: [UInt8] {
                switch self {
                case .text(let source): source.bytes
                case .analysis(let analysis): analysis.source.bytes
                }
            }
        }
        var content: Content
        /// Its identity in the store: ``StoredPath``.
        var path: String
        var record: DocumentRecord?
        let hash: ContentHash

        init(_ content: Content, path: String, record: DocumentRecord?) {
            self.content = content
            self.path = path
            self.record = record
            hash = ContentHash(text: content.bytes, record: record)
        }

        var bytes: [UInt8] { content.bytes }
    }

    private let graph: any GraphStorage
    /// Asked which documents are stored while a batch is being written (the write connection is busy).
    private let stored: any GraphStorage
    private let resolver: EntityResolver
    /// Analyses the documents given as text; nil when every document comes analysed.
    private let analyzer: ParallelAnalysis?
    private let batchBytes: Int
    private let fallbackDate: String?
    private let writer: BatchWriterThread
    private var progress: ProgressBar
    /// Hashes of the entity names seen, counted for the progress bar.
    private var names = Set<UInt64>()
    /// Documents read whose stored status is not yet known: asked for together.
    private var loaded: [Document] = []
    private var batch: [IngestDocument] = []
    private var bytesInBatch = 0
    /// Documents skipped before analysis: already stored, or stored under another path.
    private var skipped = IngestReport()

    /// - Parameters:
    ///   - background: write batches on a thread of their own.
    ///   - total: the number of inputs the progress bar counts to.
    init(graph: any GraphStorage, stored: any GraphStorage, resolver: EntityResolver, analyzer: ParallelAnalysis?, batchBytes: Int,
         background: Bool, fallbackDate: String?, total: Int) {
        self.graph = graph
        self.stored = stored
        self.resolver = resolver
        self.analyzer = analyzer
        self.batchBytes = batchBytes
        self.fallbackDate = fallbackDate
        writer = BatchWriterThread(background: background)
        progress = ProgressBar(total: total)
    }

    mutating func add(_ document: Document) throws {
        loaded.append(document)
        if loaded.count == 64 { try process() }
    }

    /// Writes what is left and waits for every batch; then brings the store file up to date
    /// (``GraphStorage/checkpoint()``) and reads `summary` from the store, whose content is
    /// final. Returns what ingest did, how long it took, and the summary.
    mutating func finish<Summary>(summarizing summary: () throws -> Summary) throws -> (report: IngestReport, seconds: Double, summary: Summary) {
        try process()
        try flush()
        var report = try writer.finish()
        try graph.checkpoint()
        let summarized = try summary()
        report += skipped
        progress.finish()
        return (report, progress.seconds, summarized)
    }

    /// Analyses the loaded documents that are not stored yet and adds them to the batch.
    private mutating func process() throws {
        let statuses = (try? stored.status(of: loaded.map { ($0.path, $0.hash) })) ?? loaded.map { _ in .new }
        let fresh = zip(loaded, statuses).filter { [DocumentStatus.new, .changed].contains($1) }.map(\.0)
        let texts = fresh.compactMap { document -> SourceText? in
            guard case .text(let source) = document.content else { return nil }
            return source
        }
        var analyses = (texts.isEmpty ? [] : analyzer!.analyze(texts)).makeIterator()
        for (document, status) in zip(loaded, statuses) {
            switch status {
            case .unchanged: skipped.unchanged += 1
            case .duplicate: skipped.duplicates += 1
            case .new, .changed:
                let analysis: DocumentAnalysis
                switch document.content {
                case .text: analysis = analyses.next()!
                case .analysis(let given): analysis = given
                }
                if progress.visible { for m in analysis.mentions.indices { names.insert(Self.key(analysis.mentions[m].entity)) } }
                batch.append(IngestDocument(path: document.path, analysis: analysis, fallbackDate: fallbackDate,
                                            hash: document.hash, record: document.record))
                bytesInBatch += analysis.source.bytes.count
                if bytesInBatch >= batchBytes { try flush() }
            }
            progress.advance(bytes: document.bytes.count, entities: names.count)
        }
        loaded.removeAll(keepingCapacity: true)
    }

    private mutating func flush() throws {
        guard !batch.isEmpty else { return }
        let (documents, graph, resolver) = (batch, graph, resolver)
        try writer.submit {
            do { return try graph.ingest(documents, resolve: { resolver.resolve($0, known: $1) }, aliases: resolver.aliases) } catch let error as GraphStoreError {
                throw CommandFailure(error.description)
            }
        }
        batch.removeAll(keepingCapacity: true)
        bytesInBatch = 0
    }

    /// A name's hash, to count distinct entities for the progress bar without keeping their names.
    private static func key(_ name: String) -> UInt64 {
        name.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
