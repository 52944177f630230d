import ArgumentParser
import Foundation
import Graph

/// `graphtool remove`: takes documents out of the graph store.
struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take documents out of the entity graph store.",
        discussion: """
            Each PATH names a stored document (a file as ingest was given it, or its absolute path) or \
            a folder (every stored document under it); a number is a document id. Everything the \
            documents contributed goes with them, in one transaction: mentions, counts, evidence, and \
            the entities and edges that no other document names.
            """)

    @Argument(help: ArgumentHelp("Stored files, folders or document ids.", valueName: "path-or-id"))
    var documents: [String]

    @OptionGroup var store: StoreOptions

    func run() throws {
        let graph = try store.open(.write)
        let folder = FileSystem.currentFolder()
        let names = documents.map { text in
            Int64(text).map(DocumentName.id) ?? .path(text == "-" ? text : FileSystem.absolutePath(text, in: folder))
        }
        let report = try store.timed("remove") { try graph.remove(names) }
        try graph.checkpoint()
        if store.json {
            try JSONOutput.print(report)
        } else {
            print("removed \(report.removed.count) documents")
        }
        for name in report.unmatched {
            FileHandle.standardError.write(Data("graphtool: \(name): no stored document has this path or id; `graphtool lookup NAME` lists the stored paths of an entity's documents\n".utf8))
        }
        if !report.unmatched.isEmpty { throw ExitCode.failure }
    }
}
