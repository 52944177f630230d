import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Graph
import NER
import Testing
import TestSupport

/// The exporters through their public API, on small graphs built in code.
@Suite("exporters")
struct ExportTests {
    /// Names that break naive writers: markup, quotes, backslashes, emoji, control characters, length.
    static let hostile = [
        #"Zorblax "Quoted" & <Angle> \Back\slash 🦊"#,
        "Bell\u{07}\u{01} Foods\u{1F} 😀 ]]> &amp; a;b",
        "Plinkton " + String(repeating: "Ωmega-", count: 300),
        "Tab\tand\nline 👩‍👩‍👧 <!-- -->",
    ]

    /// Four entities with hostile names; a co-mention edge and, in parallel, an action edge.
    static let graph = ExportGraph(
        nodes: hostile.enumerated().map { i, name in
            ExportNode(id: Int64(i + 1), name: name, type: EntityType.allCases[i % 4], mentions: i + 1, documents: 1,
                       aliases: [name, "alias;\(i)"], firstSeen: "2022-03-0\(i + 1)", lastSeen: "2022-03-09")
        },
        edges: [
            ExportEdge(id: 1, source: 1, target: 2, kind: .coMention, sentences: 2, documents: 1, evidence: 1),
            ExportEdge(id: 2, source: 1, target: 2, kind: .action, predicate: "acquire", sentences: 1, documents: 1, evidence: 1),
            ExportEdge(id: 3, source: 3, target: 4, kind: .coMention, sentences: 0, documents: 1),
        ],
        dates: "2022-03-01"..."2022-03-09")

    static func write(_ format: ExportFormat, _ graph: some ExportableGraph = graph) throws -> URL {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("graph.\(format.fileExtension)")
        let output = ExportOutput(.path(url.path))
        try format.exporter.export(graph, to: output)
        try output.close()
        return url
    }

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test("every format writes every node and edge id", arguments: ExportFormat.allCases)
    func everyFormat(format: ExportFormat) throws {
        let url = try Self.write(format)
        let text = format == .csv ? try Self.text(url.appendingPathComponent("nodes.csv")) + Self.text(url.appendingPathComponent("edges.csv"))
                                  : try Self.text(url)
        for id in ["n1", "n2", "n3", "n4", "e1", "e2", "e3"] { #expect(text.contains(id), "\(format): \(id)") }
    }

    @Test("GraphML labels parse back as the names, with forbidden control characters replaced")
    func graphMLNames() throws {
        let labels = try XMLValues(url: Self.write(.graphml), element: "data", attribute: ("key", "n_label")).values
        #expect(labels == Self.hostile.map { $0.replacing(/[\u{01}\u{07}\u{1F}]/, with: "\u{FFFD}") })
    }

    @Test("GEXF labels parse back as the names, and the graph is dynamic over the document dates")
    func gexfNames() throws {
        let url = try Self.write(.gexf)
        let labels = try XMLValues(url: url, element: "node", attribute: nil, reading: "label").values
        #expect(labels == Self.hostile.map { $0.replacing(/[\u{01}\u{07}\u{1F}]/, with: "\u{FFFD}") })
        let text = try Self.text(url)
        #expect(text.contains(#"mode="dynamic" timeformat="date" start="2022-03-01" end="2022-03-09""#))
        #expect(text.contains(#"<edge id="e1" source="n1" target="n2" weight="3" type="undirected">"#))
    }

    @Test("node-link JSON keeps every character, control characters escaped")
    func jsonNames() throws {
        let data = try Data(contentsOf: Self.write(.json))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.compactMap { $0["label"] as? String } == Self.hostile)
        #expect(json["directed"] as? Bool == true)
        let links = try #require(json["links"] as? [[String: Any]])
        #expect(links.map { $0["directed"] as? Bool } == [false, true, false])
        #expect(links.map { $0["key"] as? String } == ["e1", "e2", "e3"])
    }

    @Test("DOT escapes quotes, backslashes, ampersands and line breaks")
    func dotEscaping() throws {
        let text = try Self.text(Self.write(.dot))
        #expect(text.contains(#"label="Zorblax \"Quoted\" &amp; <Angle> \\Back\\slash 🦊""#))
        #expect(text.contains("label=\"Tab\tand\\nline"))
        #expect(!text.contains("\u{07}"))
        #expect(text.contains(#"n1 -> n2 [id=e2, penwidth=1.7, weight=2, label="acquire""#))
    }

    @Test("Neo4j CSV quotes names and doubles quotes; aliases use the array delimiter")
    func csvQuoting() throws {
        let folder = try Self.write(.csv)
        let nodes = try Self.text(folder.appendingPathComponent("nodes.csv")).split(separator: "\n")
        #expect(nodes[0] == "id:ID,name,:LABEL,mentions:int,documents:int,aliases:string[],first_seen,last_seen")
        #expect(nodes[1].hasPrefix(#"n1,"Zorblax ""Quoted"" & <Angle> \Back\slash 🦊",Entity;Person,1,1,"#))
        #expect(nodes[1].contains(#"🦊;alias,0""#))
        let edges = try Self.text(folder.appendingPathComponent("edges.csv")).split(separator: "\n")
        #expect(edges[2] == #"n1,n2,ACTION,e2,action,"acquire",2,1,1,1"#)
    }

    @Test("CSV to standard output asks for a folder")
    func csvNeedsFolder() throws {
        #expect(throws: ExportError.needsFolder(format: "csv")) {
            try Neo4jCSVExporter().export(Self.graph, to: ExportOutput(.standardOutput))
        }
    }
}

/// Values read back from an XML export with Foundation's parser: the text of `element`s whose
/// `attribute` has the given value, or the `reading` attribute of each `element`.
final class XMLValues: NSObject, XMLParserDelegate {
    private(set) var values: [String] = []
    private let element: String, attribute: (String, String)?, reading: String?
    private var current: String?

    init(url: URL, element: String, attribute: (String, String)?, reading: String? = nil) throws {
        self.element = element; self.attribute = attribute; self.reading = reading
        super.init()
        let parser = try #require(XMLParser(contentsOf: url))
        parser.delegate = self
        #expect(parser.parse(), "\(url.lastPathComponent) is well-formed XML")
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard name == element else { return }
        if let reading, let value = attributes[reading] { values.append(value) }
        if let (key, value) = attribute, attributes[key] == value { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == element, let text = current { values.append(text); current = nil }
    }
}
