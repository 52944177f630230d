import Foundation
import Graph

/// The store's statistics, counted again only when its files change (a running `ingest` writes
/// the write-ahead log): counting a million edges takes longer than an answer may.
final class StatisticsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: (signature: [String], statistics: GraphStatistics)?

    func statistics(of store: GraphStore) throws(GraphStoreError) -> GraphStatistics {
        let signature = Self.signature(store.path)
        if let cached = lock.withLock({ cached }), cached.signature == signature { return cached.statistics }
        let statistics = try store.statistics()
        lock.withLock { cached = (signature, statistics) }
        return statistics
    }

    /// Size and modification time of the store file and its write-ahead log.
    private static func signature(_ path: String) -> [String] {
        [path, path + "-wal"].map { file in
            let attributes = (try? FileManager.default.attributesOfItem(atPath: file)) ?? [:]
            return "\(attributes[.size] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
    }
}
