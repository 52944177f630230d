import Graph
import NER
import NewsCollections

extension InputDocuments {
    /// What ``analyze(_:with:keep:)`` read: each document's analysis, where it was read and, for
    /// records of a collection, what the collection says of it.
    struct Analyzed {
        var analyses: [DocumentAnalysis] = []
        var records: [DocumentRecord?] = []
        var locations: [RecordLocation] = []
        /// Some path or record could not be read.
        var failed = false
    }

    /// Reads and analyses every document `paths` name, in order, with a progress bar; problems go
    /// to standard error as they are met. `keep` turns each analysis into what is kept of it.
    func analyze(_ paths: [String], with recognizer: EntityRecognizer,
                 keep: (DocumentAnalysis) -> DocumentAnalysis) -> Analyzed {
        var all = Analyzed()
        let failed = analyze(paths, with: recognizer, keep: keep) { all = $0 }
        all.failed = failed
        return all
    }

    /// Reads and analyses every document `paths` name, in order, handing them to `flush` a window
    /// of `window` documents at a time (the last may be smaller; all of them at once by default),
    /// so that only one window is kept; true when any path or record could not be read. `flush`
    /// owns the window it is handed: nothing else holds its analyses.
    func analyze(_ paths: [String], with recognizer: EntityRecognizer, window: Int = .max,
                 keep: (DocumentAnalysis) -> DocumentAnalysis, flush: (consuming Analyzed) -> Void) -> Bool {
        var errors = OutputBuffer(.standardError)
        var failed = false, flushed = false
        var current = Analyzed()
        let cache = WordCache()
        let items = items(paths, warnings: &errors)
        var progress = ProgressBar(total: items.count)
        for item in items {
            var bytes = 0
            let complete = read(item, reportingTo: &errors) { document in
                bytes += document.source.bytes.count
                current.analyses.append(keep(recognizer.analyze(document.source, cache: cache)))
                current.records.append(document.record)
                current.locations.append(document.location)
                if current.analyses.count >= window {
                    var full = Analyzed()
                    swap(&full, &current)
                    flush(consume full)
                    flushed = true
                }
            }
            if !complete { failed = true }
            errors.flush()
            progress.advance(bytes: bytes)
        }
        progress.finish()
        if !flushed || !current.analyses.isEmpty { flush(consume current) }
        return failed
    }
}
