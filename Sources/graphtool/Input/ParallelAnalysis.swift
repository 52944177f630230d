import Foundation
import NER

/// Analyses documents on a fixed number of workers, each with a word cache of its own; the
/// analyses come back in input order, the same as one worker gives. (Unchecked: worker `w` alone
/// touches cache `w`.)
struct ParallelAnalysis: @unchecked Sendable {
    let recognizer: EntityRecognizer
    /// One cache per worker, kept from call to call.
    private let caches: [WordCache]

    init(recognizer: EntityRecognizer, workers: Int) {
        self.recognizer = recognizer
        caches = (0..<max(1, workers)).map { _ in WordCache() }
    }

    /// The analyses of `sources`, tokens dropped, in order (``ParallelMap``).
    func analyze(_ sources: [SourceText]) -> [DocumentAnalysis] {
        ParallelMap.map(sources.count, workers: caches.count) { worker, i in
            recognizer.analyze(sources[i], cache: caches[worker]).droppingTokens()
        }
    }
}
