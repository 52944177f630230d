import Graph
import Hummingbird
import Logging
import NIOCore

/// `graphtool serve`: the viewer page and its read-only JSON API over one graph store.
///
/// ```swift
/// let server = try GraphServer(store: GraphStore(path: "graph.sqlite", mode: .read), knownAs: recognizer.gazetteerName)
/// try await server.run(host: "127.0.0.1", port: 8080) { port in print("serving on \(port)") }
/// ```
public struct GraphServer: Sendable {
    let api: GraphAPI
    let page: PageResources

    /// - Parameters:
    ///   - store: the store to query (SQLite or PostgreSQL), opened with `.read`.
    ///   - knownAs: the gazetteers' canonical name for a typed name (`Kiev` → `Kyiv`), if any.
    public init(store: any GraphStorage, knownAs: @escaping @Sendable (String) -> String? = { _ in nil }) throws(ServerError) {
        api = GraphAPI(store: store, knownAs: knownAs)
        page = try PageResources()
    }

    /// Serves until the task is cancelled or the process gets SIGINT or SIGTERM; `onReady` gets
    /// the port listened on (useful with port 0, which picks a free one).
    public func run(host: String, port: Int, onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let router = Router()
        api.addRoutes(to: router)
        page.addRoutes(to: router)
        var logger = Logger(label: "graphtool.serve")
        logger.logLevel = .warning
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: "graphtool"),
                              onServerRunning: { channel in await onReady(channel.localAddress?.port ?? port) },
                              logger: logger)
        try await app.runService()
    }
}
