import Foundation

/// A throwaway PostgreSQL 15 server for the tests: started once per test process by
/// `Scripts/postgres.sh` in a temporary folder (on 127.0.0.1, a free port, trust authentication),
/// stopped when the process exits. A test that needs it fails, saying why, when it cannot start.
public enum PostgresServer {
    /// Why the server could not be started or a database made.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// The script that starts and stops the server.
    public static let script = Fixtures.packageRoot.appendingPathComponent("Scripts/postgres.sh")

    /// PostgreSQL's command-line client, for tests that change a store behind graphtool's back.
    public static let psql = URL(fileURLWithPath: "/usr/lib/postgresql/15/bin/psql")

    private static let lock = NSLock()
    nonisolated(unsafe) private static var started: Result<URL, Unavailable>?

    /// The server's folder, started on first use. (Not a lazy static: a process run inside a
    /// static's one-time initialiser never sees its child exit.)
    private static func folder() -> Result<URL, Unavailable> {
        lock.lock()
        defer { lock.unlock() }
        if let started { return started }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("graphtool-postgres-\(UUID().uuidString)")
        let result: Result<URL, Unavailable>
        do {
            let output = try script(["start", dir.path])
            result = output.status == 0 ? .success(dir)
                : .failure(Unavailable(description: "Scripts/postgres.sh could not start PostgreSQL 15 for the tests: \(output.stderr)"))
        } catch {
            result = .failure(Unavailable(description: "Scripts/postgres.sh could not be run: \(error)"))
        }
        started = result
        if case .success = result { atexit { PostgresServer.stop() } }
        return result
    }

    /// A new, empty database named `name` (lowercase letters, digits and _), by its
    /// `postgresql://` URL.
    /// - Throws: ``Unavailable`` with the script's message when the server cannot start.
    public static func database(_ name: String) throws -> String {
        let dir = try folder().get()
        let made = try script(["database", dir.path, name])
        guard made.status == 0 else { throw Unavailable(description: "Scripts/postgres.sh could not make database \(name): \(made.stderr)") }
        return made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops the server and starts it again, at the same URL.
    public static func restart() throws {
        let dir = try folder().get()
        for action in ["stop", "start"] {
            let result = try script([action, dir.path])
            guard result.status == 0 else { throw Unavailable(description: "Scripts/postgres.sh \(action) failed: \(result.stderr)") }
        }
    }

    /// Runs SQL on the database at `url`.
    @discardableResult
    public static func sql(_ url: String, _ statement: String) throws -> String {
        let result = try run(psql, [url, "-v", "ON_ERROR_STOP=1", "-tAc", statement])
        guard result.status == 0 else { throw Unavailable(description: "psql failed on \(statement): \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func stop() {
        guard case .success(let dir) = started else { return }
        _ = try? script(["stop", dir.path])
        try? FileManager.default.removeItem(at: dir)
    }

    private static func script(_ arguments: [String]) throws -> RunResult {
        try run(URL(fileURLWithPath: "/bin/bash"), [script.path] + arguments)
    }
}
