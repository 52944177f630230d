import Foundation
import Testing
import TestSupport

/// `graphtool export` on a PostgreSQL store: every format, whole graph and subgraphs, writes the
/// same bytes as on a SQLite store ingested from the same files.
extension PostgresStoreTests {
    /// Export selections compared: the whole graph, an ego subgraph, a typed one, and one of the
    /// heaviest action edges.
    static let exports: [[String]] = [
        [], ["--around", "Zelensky", "--depth", "2"], ["--type", "PERSON", "PLACE", "--min-weight", "2"],
        ["--kind", "action", "--top", "15"], ["--kind", "co-mention", "--min-weight", "3", "--top", "40"],
    ]

    /// The files an export of `db` in `format` with `selection` writes, by name, into `folder`.
    static func exported(_ db: String, _ format: String, _ selection: [String], in folder: URL) throws -> [String: Data] {
        let output = folder.appendingPathComponent(format == "csv" ? "csv" : "graph.\(format)")
        try StoreContent.graphtool(["export", "--format", format, "-o", output.path] + selection + ["--db", db])
        guard format == "csv" else { return [output.lastPathComponent: try Data(contentsOf: output)] }
        return try Dictionary(uniqueKeysWithValues: ["nodes.csv", "edges.csv"].map { ($0, try Data(contentsOf: output.appendingPathComponent($0))) })
    }

    @Test("every export format writes the same bytes on PostgreSQL as on SQLite")
    func sameExports() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stores = try Self.ingested("same_exports", in: dir)
        for format in ["graphml", "gexf", "dot", "json", "cytoscape", "csv"] {
            for (n, selection) in Self.exports.enumerated() {
                let files = try stores.enumerated().map { store in
                    let folder = dir.appendingPathComponent("\(format)\(n)_\(store.offset)")
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    return try Self.exported(store.element, format, selection, in: folder)
                }
                #expect(!files[0].isEmpty && files[0].values.allSatisfy { $0.count > 100 }, "\(format) \(selection) wrote too little")
                #expect(files[0] == files[1], "export --format \(format) \(selection.joined(separator: " ")) differs")
            }
        }
    }
}
