import Foundation
import NER

/// The lexicon cache of a test run: a temporary folder, named in `GRAPHTOOL_CACHE` for the
/// graphtool processes the tests start, and removed when the test process exits, so that tests
/// neither read nor fill the user's own cache.
public enum TestCache {
    /// The folder, made (and `GRAPHTOOL_CACHE` set) on first use.
    public static let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphtool-test-cache-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        setenv("GRAPHTOOL_CACHE", url.path, 1)
        atexit { try? FileManager.default.removeItem(at: TestCache.directory) }
        return url
    }()

    /// The cache in ``directory``.
    public static var lexicons: LexiconCache { LexiconCache(directory: directory) }

    /// `environment` (else this process's) with `GRAPHTOOL_CACHE` naming ``directory``.
    public static func environment(_ environment: [String: String]? = nil) -> [String: String] {
        var environment = environment ?? ProcessInfo.processInfo.environment
        environment["GRAPHTOOL_CACHE"] = directory.path
        return environment
    }
}
