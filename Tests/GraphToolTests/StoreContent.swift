import Foundation
import Testing
import TestSupport

/// What a store holds, read through `graphtool export --format json` and `stats --json`, with
/// entities named instead of numbered: stores built in different ways compare equal when they
/// hold the same graph, whatever their ids.
enum StoreContent {
    /// Each entity and each edge with all of its exported attributes, one line each, sorted; then
    /// the counts of `stats`.
    static func of(_ store: URL) throws -> [String] {
        let export = try run(Fixtures.graphtool, ["export", "--format", "json", "--db", store.path])
        #expect(export.status == 0, "\(export.stderr)")
        let graph = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any] ?? [:]
        var names: [String: String] = [:]
        var lines: [String] = []
        for node in graph["nodes"] as? [[String: Any]] ?? [] {
            let name = "\(node["type"] ?? "") \(node["label"] ?? "")"
            names[node["id"] as? String ?? ""] = name
            lines.append(name + ": " + fields(node, except: ["id"]))
        }
        for link in graph["links"] as? [[String: Any]] ?? [] {
            var ends = [names[link["source"] as? String ?? ""] ?? "?", names[link["target"] as? String ?? ""] ?? "?"]
            if link["kind"] as? String == "co-mention" { ends.sort() }
            lines.append(ends.joined(separator: " -> ") + ": " + fields(link, except: ["source", "target", "key"]))
        }
        let stats = try run(Fixtures.graphtool, ["stats", "--json", "--db", store.path])
        #expect(stats.status == 0, "\(stats.stderr)")
        let counts = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any] ?? [:]
        return lines.sorted() + [fields(counts, except: ["sizeOnDisk"])]
    }

    /// The fields of a JSON object as `key=value`, sorted by key, objects within it alike.
    static func fields(_ object: [String: Any], except: Set<String>) -> String {
        object.filter { !except.contains($0.key) }.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=" + ((value as? [String: Any]).map { "{" + fields($0, except: []) + "}" } ?? "\(value)")
        }.joined(separator: " ")
    }

    /// Runs graphtool, expecting success; returns its standard output.
    @discardableResult
    static func graphtool(_ arguments: [String]) throws -> String {
        let result = try run(Fixtures.graphtool, arguments)
        #expect(result.status == 0, "graphtool \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    /// A folder in `dir` holding copies of `files`.
    static func folder(_ name: String, in dir: URL, with files: [URL]) throws -> URL {
        let folder = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files { try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(file.lastPathComponent)) }
        return folder
    }

    /// The `.txt` files of a sample folder, sorted.
    static func texts(_ folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
