import Graph
import NER

extension InputDocuments {
    /// What ``analyze(_:with:keep:)`` read: each document's analysis and, for records of a
    /// collection, what the collection says of it.
    struct Analyzed {
        var analyses: [DocumentAnalysis] = []
        var records: [DocumentRecord?] = []
        /// Some path or record could not be read.
        var failed = false
    }

    /// Reads and analyses every document `paths` name, in order, with a progress bar; problems go
    /// to standard error as they are met. `keep` turns each analysis into what is kept of it.
    func analyze(_ paths: [String], with recognizer: EntityRecognizer,
                 keep: (DocumentAnalysis) -> DocumentAnalysis) -> Analyzed {
        var errors = OutputBuffer(.standardError)
        var analyzed = Analyzed()
        let cache = WordCache()
        let items = items(paths, warnings: &errors)
        var progress = ProgressBar(total: items.count)
        for item in items {
            var bytes = 0
            let complete = read(item, reportingTo: &errors) { document in
                bytes += document.source.bytes.count
                analyzed.analyses.append(keep(recognizer.analyze(document.source, cache: cache)))
                analyzed.records.append(document.record)
            }
            if !complete { analyzed.failed = true }
            errors.flush()
            progress.advance(bytes: bytes)
        }
        progress.finish()
        return analyzed
    }
}
