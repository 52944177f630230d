import ArgumentParser
import Foundation
import Graph
import PostgresStore

/// Where the graph store is: `--db`, else $GRAPHTOOL_DB, else graph.sqlite. A
/// `postgresql://` (or `postgres://`) URL names a PostgreSQL store, anything else a SQLite file.
struct StoreLocation: ParsableArguments {
    @Option(help: ArgumentHelp("""
        The graph store: a SQLite file, or a PostgreSQL database as postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE \
        (default: $GRAPHTOOL_DB, else graph.sqlite in the current folder).
        """, valueName: "file-or-url"))
    var db: String?

    var path: String { db ?? ProcessInfo.processInfo.environment["GRAPHTOOL_DB"] ?? "graph.sqlite" }

    /// The store at ``path``: PostgreSQL for a `postgresql://` URL, else SQLite.
    func open(_ mode: GraphStore.Mode) throws -> any GraphStorage {
        do throws(GraphStoreError) {
            if PostgresLocation.isURL(path) { return try PostgresGraphStore(url: path, mode: mode) }
            return try GraphStore(path: path, mode: mode)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// The store a graph command reads or writes, and its output flags.
struct StoreOptions: ParsableArguments {
    @OptionGroup var location: StoreLocation

    @Flag(help: "Print JSON for scripts instead of a table.")
    var json = false

    @Flag(help: .hidden)
    var timing = false

    var path: String { location.path }

    func open(_ mode: GraphStore.Mode) throws -> any GraphStorage { try location.open(mode) }

    /// Runs a query, printing its in-process time on standard error with `--timing`.
    func timed<T>(_ label: String, _ body: () throws -> T) throws -> T {
        let start = ContinuousClock.now
        let result: T
        do { result = try body() } catch let error as GraphStoreError { throw CommandFailure(error.description) }
        if timing {
            let d = (ContinuousClock.now - start).components
            FileHandle.standardError.write(Data(String(format: "timing: %@ %.3f ms\n", label, Double(d.seconds) * 1e3 + Double(d.attoseconds) / 1e15).utf8))
        }
        return result
    }
}

/// A failure to report as `graphtool: MESSAGE` with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}
