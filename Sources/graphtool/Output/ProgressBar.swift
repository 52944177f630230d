import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A progress bar on standard error, shown only when it is a terminal: documents, MB/s and, for
/// ingest, the entities seen so far.
struct ProgressBar {
    let total: Int
    private var done = 0
    private var bytes = 0
    private let start = ContinuousClock.now
    private var lastShown = ContinuousClock.now - .seconds(1)
    /// Whether the bar is drawn: standard error is a terminal.
    let visible = isatty(STDERR_FILENO) != 0

    init(total: Int) { self.total = total }

    var seconds: Double {
        let d = (ContinuousClock.now - start).components
        return max(Double(d.seconds) + Double(d.attoseconds) / 1e18, 1e-6)
    }

    mutating func advance(bytes count: Int, entities: Int? = nil) {
        done += 1
        bytes += count
        guard visible, ContinuousClock.now - lastShown > .milliseconds(200) else { return }
        lastShown = .now
        let width = 24, filled = total > 0 ? min(width, width * done / total) : width
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        var line = String(format: "\r[%@] %d/%d documents, %.1f MB/s", bar, done, total, Double(bytes) / 1e6 / seconds)
        if let entities { line += ", \(entities) entities" }
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if visible { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
