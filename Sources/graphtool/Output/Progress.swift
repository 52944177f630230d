import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress report on standard error, shown only when it is a terminal and the work
/// is long enough to need one.
struct Progress {
    let total: Int
    private var done = 0
    private let start = Date()
    private var lastShown = Date.distantPast
    private let visible = isatty(STDERR_FILENO) != 0

    init(total: Int) { self.total = total }

    mutating func advance() {
        done += 1
        guard visible, total > 20, Date().timeIntervalSince(lastShown) > 0.2 else { return }
        lastShown = Date()
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        let line = String(format: "\rgraphtool: %d/%d documents, %.0f documents/s", done, total, Double(done) / seconds)
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard visible, total > 20 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
