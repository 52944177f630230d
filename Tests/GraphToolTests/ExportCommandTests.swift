import Foundation
import Testing
import TestSupport

/// `graphtool export` end to end: every format written by the built binary, then checked by the
/// real tools: xmllint against the GraphML and GEXF schemas, Graphviz, and NetworkX, igraph,
/// json and csv loading every node, edge and attribute (`Scripts/check-exports.py`).
@Suite("export command")
struct ExportCommandTests {
    /// The sample corpus, ingested once into a store of its own (another suite writes to its store).
    static let seeds: String = {
        let path = (try! Fixtures.temporaryDirectory()).appendingPathComponent("graph.sqlite").path
        _ = try! run(Fixtures.graphtool, ["ingest", Fixtures.seeds.path, "--db", path])
        return path
    }()

    /// A store whose canonical names (from a gazetteer) hold quotes, ampersands, angle brackets,
    /// backslashes, emoji, control characters and a 6,000-character name, with parallel
    /// co-mention and action edges.
    static let hostile: String = {
        let folder = try! Fixtures.temporaryDirectory()
        let names = [
            ("Zorblax Dynamics", "COMPANY", #"Zorblax "Quoted" & <Angle> \Back\slash 🦊"#),
            ("Quibble Foods", "COMPANY", "Quibble\u{01}\u{02} Foods\u{0B}\u{1F}😀 'apos' &amp; ]]> a;b"),
            ("Plinkton", "PLACE", "Plinkton " + String(repeating: "Ωmega-", count: 1_000)),
            ("Jane Doe", "PERSON", "Jane\u{A0}Doe \u{202E}\u{200D} 👩‍👩‍👧 \\n {braces} # -- <!-- -->"),
        ]
        let gazetteer = folder.appendingPathComponent("hostile.tsv")
        try! ("name\ttype\tcanonical\n" + names.map { "\($0.0)\t\($0.1)\t\($0.2)\n" }.joined()).write(to: gazetteer, atomically: true, encoding: .utf8)
        let document = folder.appendingPathComponent("hostile.txt")
        try! """
            Hostile names
            date 2022-03-04
            Zorblax Dynamics acquired Quibble Foods in Plinkton. Jane Doe said Zorblax Dynamics would grow.

            Quibble Foods met Jane Doe in Plinkton.
            """.write(to: document, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("graph.sqlite").path
        _ = try! run(Fixtures.graphtool, ["ingest", document.path, "--gazetteer", gazetteer.path, "--db", path])
        return path
    }()

    /// Runs a program found on PATH.
    func tool(_ name: String, _ arguments: [String]) throws -> RunResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
    }

    /// Exports `store` in every format with `--kind kind` into a fresh folder; the paths written.
    func exportAll(_ store: String, kind: String) throws -> [String: String] {
        let folder = try Fixtures.temporaryDirectory()
        var paths: [String: String] = [:]
        for (format, name) in [("graphml", "graph.graphml"), ("gexf", "graph.gexf"), ("json", "graph.json"),
                               ("cytoscape", "graph.cyjs"), ("dot", "graph.dot"), ("csv", "csv")] {
            let path = folder.appendingPathComponent(name).path
            let result = try run(Fixtures.graphtool, ["export", "--format", format, "--kind", kind, "-o", path, "--db", store])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            paths[format] = path
        }
        return paths
    }

    func checkWithTools(_ store: String, kind: String) throws {
        let paths = try exportAll(store, kind: kind)
        let schemas = Fixtures.schemas
        for (format, schema) in [("graphml", "graphml/1.1/graphml.xsd"), ("gexf", "gexf/1.3/gexf.xsd")] {
            let xmllint = try tool("xmllint", ["--noout", "--nonet", "--schema", schemas.appendingPathComponent(schema).path, paths[format]!])
            #expect(xmllint.status == 0 && xmllint.stderr.hasSuffix("validates\n"), "\(format): \(xmllint.stderr.prefix(2_000))")
        }
        let svg = paths["dot"]! + ".svg"
        let dot = try tool("dot", ["-Tsvg", paths["dot"]!, "-o", svg])
        #expect(dot.status == 0 && dot.stderr.isEmpty, "dot: \(dot.stderr.prefix(2_000))")
        let check = try tool("python3", [Fixtures.packageRoot.appendingPathComponent("Scripts/check-exports.py").path, "--db", store, "--kind", kind,
                                         paths["graphml"]!, paths["gexf"]!, paths["json"]!, paths["cytoscape"]!, paths["csv"]!, svg])
        #expect(check.status == 0, "check-exports: \(check.stderr.prefix(2_000))")
        let matched = check.stdout.split(separator: "\n").filter { $0.hasSuffix("every attribute matches") }.map { String($0.prefix { $0 != ":" }) }
        let loaders = ["igraph Read_GraphML", "networkx node_link_graph", "cytoscape.js elements", "neo4j csv", "graphviz svg"]
        // NetworkX has no mixed graphs: it reads GraphML and GEXF when the export holds one kind of edge.
        let networkx = kind == "all" ? [] : ["networkx read_graphml", "networkx read_gexf"]
        #expect(Set(matched) == Set(loaders + networkx), "\(check.stdout)")
    }

    @Test("the sample corpus's exports pass xmllint, Graphviz, NetworkX, igraph and the JSON and CSV checks", arguments: ["all", "co-mention", "action"])
    func sampleCorpus(kind: String) throws {
        try checkWithTools(Self.seeds, kind: kind)
    }

    @Test("hostile names survive every format and every tool", arguments: ["all", "co-mention", "action"])
    func hostileNames(kind: String) throws {
        try checkWithTools(Self.hostile, kind: kind)
    }

    @Test("--top K writes K nodes; --around writes an ego graph")
    func filters() throws {
        let top = try run(Fixtures.graphtool, ["export", "--format", "dot", "--top", "5", "--db", Self.seeds])
        #expect(top.status == 0)
        #expect(top.stdout.split(separator: "\n").filter { $0.contains("[id=n") }.count == 5)
        let ego = try run(Fixtures.graphtool, ["export", "--format", "json", "--around", "Ikea", "--kind", "action", "--db", Self.seeds])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ego.stdout.utf8)) as? [String: Any])
        let links = try #require(json["links"] as? [[String: Any]])
        #expect(links.allSatisfy { $0["kind"] as? String == "action" && $0["directed"] as? Bool == true })
        let nodes = Set((json["nodes"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String })
        #expect(nodes.isSuperset(of: ["Ikea", "Russia", "Belarus"]))
        // Ikea closes and pauses in Russia: two parallel edges, each with its own id.
        let ikea = try #require((json["nodes"] as? [[String: Any]])?.first { $0["label"] as? String == "Ikea" }?["id"] as? String)
        let fromIkea = links.filter { $0["source"] as? String == ikea }
        #expect(Set(fromIkea.compactMap { $0["predicate"] as? String }) == ["close", "pause"])
        #expect(Set(fromIkea.compactMap { $0["key"] as? String }).count == fromIkea.count)
    }

    @Test("two stores made from the same files export the same bytes")
    func reproducible() throws {
        let again = (try Fixtures.temporaryDirectory()).appendingPathComponent("graph.sqlite").path
        #expect(try run(Fixtures.graphtool, ["ingest", Fixtures.seeds.path, "--db", again]).status == 0)
        let first = try exportAll(Self.seeds, kind: "all"), second = try exportAll(again, kind: "all")
        for format in ["graphml", "gexf", "json", "dot"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: first[format]!)) == Data(contentsOf: URL(fileURLWithPath: second[format]!)), "\(format)")
        }
    }

    @Test("bad requests get a message that says what to do")
    func errors() throws {
        let csv = try run(Fixtures.graphtool, ["export", "--format", "csv", "--db", Self.seeds])
        #expect(csv.status != 0 && csv.stderr.contains("name their folder with -o DIR"))
        let unknown = try run(Fixtures.graphtool, ["export", "--format", "dot", "--around", "Qwertyuiop", "--db", Self.seeds])
        #expect(unknown.status == 1 && unknown.stderr.contains("no entity named “Qwertyuiop”"))
        let missing = try run(Fixtures.graphtool, ["export", "--format", "gexf", "-o", "/nonexistent/folder/graph.gexf", "--db", Self.seeds])
        #expect(missing.status == 1 && missing.stderr.contains("cannot write /nonexistent/folder/graph.gexf"))
        let type = try run(Fixtures.graphtool, ["export", "--format", "dot", "--type", "ANIMAL", "--db", Self.seeds])
        #expect(type.status != 0 && type.stderr.contains("--type must be PERSON, PLACE, ORGANIZATION or COMPANY, not ANIMAL"))
    }
}
