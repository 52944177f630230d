import Foundation

/// Maps indexes to results on a fixed number of threads.
enum ParallelMap {
    /// `body(worker, index)` for every index of `0..<count`, in index order; worker `w` of
    /// `workers` computes indexes `w`, `w + workers`, …, so that what a worker owns (a cache, a
    /// decoder) is touched by that worker alone.
    static func map<T>(_ count: Int, workers: Int, _ body: @Sendable (_ worker: Int, _ index: Int) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        let workers = max(1, min(workers, count))
        results.withUnsafeMutableBufferPointer { out in
            let out = UnsafeMutableSendableBuffer(out)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for i in stride(from: worker, to: count, by: workers) {
                    out.buffer[i] = body(worker, i)
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
