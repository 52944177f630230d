import Foundation
import Graph

/// The store's statistics, counted again only when its revision changes (a running `ingest`
/// changes it): counting a million edges takes longer than an answer may.
final class StatisticsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: (revision: String, statistics: GraphStatistics)?

    func statistics(of store: any GraphStorage) throws(GraphStoreError) -> GraphStatistics {
        let revision = store.revision()
        if let cached = lock.withLock({ cached }), cached.revision == revision { return cached.statistics }
        let statistics = try store.statistics()
        lock.withLock { cached = (revision, statistics) }
        return statistics
    }
}
