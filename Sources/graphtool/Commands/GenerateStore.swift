import ArgumentParser
import Graph

/// `graphtool generate-store` (hidden): a generated store for the benchmarks.
struct GenerateStore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-store", abstract: "Fill a new store with a generated graph (for benchmarks).", shouldDisplay: false)

    @Option var entities = 100_000
    @Option var documents = 20_000
    @Option var mentions = 1_000_000
    @Option var edges = 1_000_000
    @OptionGroup var store: StoreOptions

    func run() throws {
        let graph = try store.location.open(.write)
        try store.timed("generate") { try graph.generateSynthetic(entities: entities, documents: documents, mentions: mentions, edges: edges, seed: 1) }
        print("\(graph.path): \(graph.sizeOnDisk()) bytes")
    }
}
