import ArgumentParser
import Foundation
import Graph
import NER

/// `graphtool extract`: the entities named in text files.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people, places, organizations and companies named in text files.",
        discussion: """
            Each PATH is a file, a folder (read recursively for .txt, .jsonl, .csv, .tsv and .html files, each \
            optionally .gz) or - for standard input. A file of records (JSON Lines, CSV, TSV) gives a document a \
            record, named by its id, else its URL, else FILE:LINE; jsonl output carries its title, date, url, \
            source and id.

            Names are resolved across all the documents of one call: "Putin" and "Vladimir Putin", \
            "Dmitry Kuleba" and "Dmytro Kuleba" become one entity with one canonical name.

            Reading standard input, names are resolved in windows of 1,000 documents (--window), each window \
            printed once resolved, so that memory stays bounded however long the input: a name is merged with \
            the others of its window only. So does --for-ingest, whose names ingest resolves again.

            Offsets in jsonl count Unicode code points from the start of the file, end exclusive.

            --for-ingest prints jsonl for `graphtool ingest --analyses`, which stores the documents as \
            ingest of the same input would, so that analysis can run elsewhere (on Spark: \
            Scripts/spark/extract.py). Each line adds to the jsonl fields its "version", "path" (the \
            document's identity in the store), "record" (whether it is a record of a collection), \
            "sentences" ([start, end] each) and "text"; each entity its "sentence_index" and \
            "recognized" (its name before resolution across documents: ingest resolves those against \
            the store); each relation its "subject_mention" and "object_mention" (indexes in \
            entities) and "sentence_index".

            Exit status: 0 when every path and record was read (warnings aside), 1 when any was skipped.
            """
    )

    @Argument(help: "Files, folders or - (standard input).")
    var paths: [String]

    @Option(help: "Output format: text (for people), jsonl (one JSON line per document) or conll.")
    var format: DocumentFormat = .text

    @Flag(help: "Show the rule that decided each mention, why it was merged with another name, the rule that found each action and why candidate clauses between names gave none.")
    var explain = false

    @Flag(help: "List the resolved entities instead: canonical name, type, every surface form with its count, documents.")
    var entities = false

    @Flag(help: "Skip action extraction (jsonl relations stay empty), for timing recognition alone.")
    var noActions = false

    @Flag(help: "Print jsonl with what `graphtool ingest --analyses` needs to store the documents: their text, stored path and sentences, and each mention's name before resolution.")
    var forIngest = false

    @Option(help: "Resolve names across windows of this many documents, printing each window once resolved, so that memory stays bounded on unbounded input (default: 1000 when a PATH is - or with --for-ingest, else the whole input; 0: the whole input).")
    var window: Int?

    @OptionGroup var input: InputOptions
    @OptionGroup var recognizerOptions: RecognizerOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name at least one file, folder or - for standard input") }
        guard (window ?? 0) >= 0 else { throw ValidationError("--window must be 0 (the whole input) or more") }
        if entities, (window ?? 0) > 0 { throw ValidationError("--entities lists the entities of the whole input; leave out --window") }
        if forIngest, entities || format != .text && format != .jsonl {
            throw ValidationError("--for-ingest prints each document as jsonl; leave out --entities and --format \(format.rawValue)")
        }
    }

    /// Documents resolved together: --window, else 1,000 from standard input or with --for-ingest
    /// (which keeps each document's text until its window is printed, and whose names ingest
    /// resolves again); the whole input for --entities.
    var windowSize: Int {
        if entities { return .max }
        let size = window ?? (paths.contains("-") || forIngest ? 1000 : 0)
        return size == 0 ? .max : size
    }

    /// What is kept of each analysis until its window is printed: its text for --for-ingest and
    /// its tokens for conll, else offsets alone.
    func keep(_ analysis: DocumentAnalysis) -> DocumentAnalysis {
        if forIngest { return analysis.droppingTokens() }
        return format == .conll ? analysis : analysis.compacted()
    }

    func run() throws {
        var recognizer = try recognizerOptions.recognizer()
        recognizer.extractsActions = !noActions
        recognizer.explainsActions = explain && format == .text && !forIngest
        let resolver = try recognizerOptions.resolver()
        var out = OutputBuffer()
        let folder = FileSystem.currentFolder()
        let failed = input.documents.analyze(paths, with: recognizer, window: windowSize, keep: keep) { (window: consuming InputDocuments.Analyzed) in
            // Resolution renames mentions in place: it is handed the window's analyses themselves,
            // not a second reference that would make it copy them (--for-ingest prints them again after).
            var analyses: [DocumentAnalysis] = []
            if forIngest { analyses = window.analyses } else { swap(&analyses, &window.analyses) }
            let resolution = resolver.resolve(consume analyses)
            if entities {
                EntitiesFormat.write(resolution, json: format == .jsonl, to: &out)
            } else if forIngest {
                for (d, document) in resolution.documents.enumerated() {
                    let path = StoredPath.of(record: window.records[d], location: window.locations[d], in: folder)
                    JSONLFormat.write(document, record: window.records[d], ingest: IngestFields(recognized: window.analyses[d], path: path), to: &out)
                }
            } else {
                for (document, record) in zip(resolution.documents, window.records) {
                    format.write(document, record: record, explain: explain, to: &out)
                }
            }
            out.flush()
        }
        if failed { throw ExitCode.failure }
    }
}
