import ArgumentParser
import Foundation
import Graph
import NER
import Server

/// `graphtool serve`: the local web viewer.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a web page that draws the graph around an entity, with a read-only JSON API.",
        discussion: "Open http://127.0.0.1:8080/ (or /?entity=NAME) in a browser. Everything is served from the binary; the store is opened read-only, so `graphtool ingest` may add to it meanwhile.")

    @OptionGroup var store: StoreLocation

    @Option(help: "The address to listen on; 0.0.0.0 makes the page reachable from other machines.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
    }

    func run() async throws {
        let graph = try store.open(.read)
        let recognizer: EntityRecognizer
        do { recognizer = try EntityRecognizer.standard() } catch { throw CommandFailure(error.description) }
        let server: GraphServer
        do { server = try GraphServer(store: graph, knownAs: recognizer.gazetteerName) } catch { throw CommandFailure(error.description) }
        let host = host
        try await server.run(host: host, port: port) { port in
            FileHandle.standardError.write(Data("graphtool: serving \(graph.path) on http://\(host):\(port)/ (Ctrl-C stops)\n".utf8))
        }
    }
}
