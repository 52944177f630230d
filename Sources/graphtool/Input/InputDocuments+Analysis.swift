import NER

extension InputDocuments {
    /// Reads and analyses every document `paths` name, in order, with a progress bar; problems go
    /// to standard error as they are met. `keep` turns each analysis into what is kept of it.
    /// `failed` is true when any path could not be read.
    func analyze(_ paths: [String], with recognizer: EntityRecognizer,
                 keep: (DocumentAnalysis) -> DocumentAnalysis) -> (analyses: [DocumentAnalysis], failed: Bool) {
        var errors = OutputBuffer(.standardError)
        var failed = false
        let cache = WordCache()
        let items = items(paths, warnings: &errors)
        var progress = ProgressBar(total: items.count)
        var analyses: [DocumentAnalysis] = []
        for item in items {
            var bytes = 0
            if let source = load(item, reportingTo: &errors) {
                bytes = source.bytes.count
                analyses.append(keep(recognizer.analyze(source, cache: cache)))
            } else {
                failed = true
            }
            errors.flush()
            progress.advance(bytes: bytes)
        }
        progress.finish()
        return (analyses, failed)
    }
}
