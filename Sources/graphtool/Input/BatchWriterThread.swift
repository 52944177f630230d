import Foundation
import Graph
#if canImport(Glibc)
import CMalloc
#endif

/// Writes ingest batches one after another on a thread of its own, so that the next batch is
/// read and analysed while one is written (or on the caller's thread, `background` false). At
/// most one batch waits: ``submit(_:)`` first waits for the batch before it. The first failure
/// stops the writing and is thrown by the next call.
final class BatchWriterThread: @unchecked Sendable {
    private let background: Bool
    private let queue = DispatchQueue(label: "graphtool.ingest.writer")
    /// Touched only on `queue`, or after waiting for it.
    private var report = IngestReport()
    private var failure: (any Error)?

    init(background: Bool) {
        self.background = background
        if !background { Self.keepFreedMemory() }
    }

    /// Starts writing a batch once the one before it is written.
    func submit(_ write: @escaping @Sendable () throws -> IngestReport) throws {
        try wait()
        guard background else {
            report += try write()
            return
        }
        queue.async {
            do { self.report += try write() } catch { self.failure = error }
            Self.releaseFreedMemory()
        }
    }

    /// One thread analyses and writes, in one arena, which is to reuse what a batch frees for
    /// the next: handed back to the system, it would be faulted in again page by page. The C
    /// allocator would hand back the top of its arena whenever 128 kB of it are free, and grow
    /// it again page by page, tens of thousands of times an ingest; it keeps up to 1 GB free
    /// instead, and grows its arena 64 MB at a time.
    private static func keepFreedMemory() {
        #if canImport(Glibc)
        mallopt(M_TRIM_THRESHOLD, 1 << 30)
        mallopt(M_TOP_PAD, 64 << 20)
        #endif
    }

    /// Gives the memory a written batch freed back to the system. The C allocator keeps freed
    /// blocks for reuse, in one arena per thread that allocated them; over thousands of batches,
    /// written on one thread and analysed on others, what they keep grows with the volume
    /// ingested rather than with one batch.
    private static func releaseFreedMemory() {
        #if canImport(Glibc)
        malloc_trim(0)
        #endif
    }

    /// Waits for the batches submitted; returns what they did together.
    func finish() throws -> IngestReport {
        try wait()
        return report
    }

    private func wait() throws {
        queue.sync {}
        if let failure { throw failure }
    }
}
