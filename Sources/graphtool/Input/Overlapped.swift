import Foundation

/// Runs `background` on a thread of its own while `foreground` runs on the caller's thread;
/// returns `foreground`'s result once both are done. A failure of `background` is thrown first.
func overlapped<T>(_ background: @escaping @Sendable () throws -> Void, with foreground: () throws -> T) throws -> T {
    let outcome = BackgroundOutcome()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        do { try background() } catch { outcome.failure = error }
        done.signal()
    }
    let result = Result { try foreground() }
    done.wait()
    if let failure = outcome.failure { throw failure }
    return try result.get()
}

/// The failure of ``overlapped(_:with:)``'s background work: written by its thread before it
/// signals that it is done, read only after waiting for that.
private final class BackgroundOutcome: @unchecked Sendable {
    var failure: (any Error)?
}
