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

    /// The analyses of `sources`, tokens dropped, in order; worker `w` takes documents `w`,
    /// `w + workers`, ….
    func analyze(_ sources: [SourceText]) -> [DocumentAnalysis] {
        var results = [DocumentAnalysis?](repeating: nil, count: sources.count)
        let workers = min(caches.count, sources.count)
        results.withUnsafeMutableBufferPointer { out in
            let out = UnsafeMutableSendableBuffer(out)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for i in stride(from: worker, to: sources.count, by: workers) {
                    out.buffer[i] = recognizer.analyze(sources[i], cache: caches[worker]).droppingTokens()
                }
            }
        }
        return results.map { $0! }
    }
}

/// A buffer that workers write at disjoint indexes.
private struct UnsafeMutableSendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
