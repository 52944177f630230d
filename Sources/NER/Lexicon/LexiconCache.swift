import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Compiles a catalog once and memory-maps the result on later runs.
///
/// Compiled lexicons are kept in `$GRAPHTOOL_CACHE`, else `$XDG_CACHE_HOME/graphtool`, else
/// `~/.cache/graphtool`, named by the sources' fingerprint, so an edited source is recompiled
/// automatically. When the cache cannot be written the lexicon is compiled in memory.
///
/// The cache does not grow without bound: a lexicon read from it is marked as used (its
/// modification time), and writing a new one removes all but the ``kept`` most recently used
/// (lexicons of edited sources, of user gazetteers no longer given, of other builds).
public struct LexiconCache: Sendable {
    public let directory: URL

    /// How many compiled lexicons the cache keeps, the new one included: the built-in data and a
    /// few user gazetteers, for a few builds.
    public static let kept = 8

    public init(directory: URL = LexiconCache.defaultDirectory) {
        self.directory = directory
    }

    /// The default cache folder.
    public static var defaultDirectory: URL {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["GRAPHTOOL_CACHE"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        if let dir = env["XDG_CACHE_HOME"], !dir.isEmpty { return URL(fileURLWithPath: dir).appendingPathComponent("graphtool") }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/graphtool")
    }

    /// The lexicon compiled from `catalog`, from the cache when it is there.
    public func lexicon(for catalog: LexiconCatalog) throws(LexiconError) -> Lexicon {
        let file = directory.appendingPathComponent(String(format: "lexicon-%016llx.bin", catalog.fingerprint()))
        if let storage = LexiconStorage(mapping: file.path), let lexicon = try? Lexicon(storage: storage) {
            utimes(file.path, nil)
            return lexicon
        }
        let bytes = try catalog.compile()
        store(bytes, at: file)
        prune(keeping: file)
        return try Lexicon(compiled: bytes)
    }

    /// Removes the compiled lexicons other than `file` and the ``kept`` − 1 most recently used.
    private func prune(keeping file: URL) {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
        let others = names.filter { $0.hasPrefix("lexicon-") && $0.hasSuffix(".bin") && $0 != file.lastPathComponent }.map { name in
            let url = directory.appendingPathComponent(name)
            return (url, (try? manager.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast)
        }
        for (url, _) in others.sorted(by: { $0.1 > $1.1 }).dropFirst(Self.kept - 1) { try? manager.removeItem(at: url) }
    }

    private func store(_ bytes: [UInt8], at file: URL) {
        let temporary = file.appendingPathExtension("\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
