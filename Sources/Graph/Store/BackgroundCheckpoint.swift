import Foundation
internal import GRDBSQLite

/// Copies a store's write-ahead log into the store file behind the writer, on a thread and a
/// connection of its own: started after each batch of ingest, so that the disk writes and syncs
/// while the next batch is analysed, and the checkpoint that ends an ingest has only the last
/// batch to copy. The checkpoints are passive: they copy what no reader still needs and never
/// wait for the writer, which goes on meanwhile. One that fails leaves the log to the next.
final class BackgroundCheckpoint: @unchecked Sendable {
    private let path: String
    private let queue = DispatchQueue(label: "graphtool.store.checkpoint")
    /// The checkpointing connection, opened by the first checkpoint; used only on `queue`.
    private var connection: OpaquePointer?

    init(path: String) {
        self.path = path
    }

    deinit {
        sqlite3_close_v2(connection)
    }

    /// Starts a checkpoint and returns at once; it runs after those started before.
    func start() {
        queue.async { [self] in
            if connection == nil {
                guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
                    sqlite3_close_v2(connection)
                    connection = nil
                    return
                }
                // Syncs as the writer's connection does: the log before copying it, the store after.
                sqlite3_exec(connection, "PRAGMA synchronous = NORMAL", nil, nil, nil)
            }
            sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
        }
    }

    /// Waits for the checkpoints started to end.
    func wait() {
        queue.sync {}
    }
}
