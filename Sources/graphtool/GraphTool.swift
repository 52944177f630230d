import ArgumentParser

@main
struct GraphTool: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphtool",
        abstract: "Reads English news and turns it into an entity graph.",
        discussion: "Start with `graphtool extract FOLDER` to see the people, places, organizations and companies named in a folder of articles.",
        version: "0.1.0",
        subcommands: [Extract.self, Evaluate.self, Ingest.self, Remove.self, Lookup.self, Neighbors.self, Relations.self, Path.self, Entities.self, Stats.self, Export.self, Serve.self, GenerateStore.self]
    )
}
