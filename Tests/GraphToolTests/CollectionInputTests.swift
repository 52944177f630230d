import Foundation
import Testing
import TestSupport

/// `extract` and `ingest` read news collections: JSON Lines, CSV, TSV, HTML and text, gzip-compressed
/// or not, in folders of mixed formats and from standard input; a bad record is reported with its
/// file and line and skipped, the rest is read, and the exit status is 1.
@Suite("collection inputs")
struct CollectionInputTests {
    static let fixtures = Fixtures.packageRoot.appendingPathComponent("Tests/CollectionsTests/Fixtures")

    /// A fresh folder with copies of the reader fixtures named `files`, and `written` files of the given text.
    func folder(copying files: [String], writing written: [String: String] = [:]) throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        for file in files {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(file), to: root.appendingPathComponent(file))
        }
        for (name, text) in written { try text.write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return root
    }

    static let goodJSONL = """
        {"id": "j1", "title": "Talks in Belarus", "text": "Russia and Ukraine met in Belarus.", "date": "2022-03-03T10:00:00Z", "url": "https://example.org/j1", "source": "Example News"}
        {"headline": "Kyiv", "content": "Kyiv was quiet on Tuesday.", "published": "March 2, 2022"}

        """
    static let goodCSV = "id,title,text,date\nc1,Moscow,Moscow said nothing.,2022-03-01\nc2,Minsk,\"Minsk hosted the talks.\n\nNo one spoke.\",1 March 2022\n"

    func documents(_ stdout: String) throws -> [String] {
        try stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["doc"] as? String ?? ""
        }
    }

    @Test("a folder of every format is read whole: a document a record, named by id, URL or file:line; a table of no articles is a warning")
    func mixedFolder() throws {
        let root = try folder(copying: ["article.txt", "articles.tsv", "article.html", "seeds.jsonl.gz"],
                              writing: ["good.jsonl": Self.goodJSONL, "good.csv": Self.goodCSV,
                                        "sources.tsv": "file\turl\narticle.txt\thttps://example.org/a\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let extract = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", "."], in: root)
        #expect(extract.status == 0, "\(extract.stderr)")
        #expect(extract.stderr.hasPrefix("graphtool: warning: sources.tsv: no record with article text (sources.tsv:2: no text"), "\(extract.stderr)")
        let named = try run(Fixtures.graphtool, ["extract", "sources.tsv"], in: root)
        #expect(named.status == 1 && named.stderr.hasPrefix("graphtool: sources.tsv:2: no text"), "\(named.stderr)")
        let names = try documents(extract.stdout)
        #expect(names.count == 1 + 2 + 1 + 5 + 2 + 2, "\(names)")
        for name in ["article.txt", "https://example.org/t1", "https://example.org/news/kyiv-braces", "000_c2e0d7fca34671e3", "j1", "good.jsonl:2", "c2"] {
            #expect(names.contains(name), "\(name) not in \(names)")
        }
        let ingest = try run(Fixtures.graphtool, ["ingest", ".", "--db", "graph.sqlite"], in: root)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("13 new"), "\(ingest.stdout)")
    }

    @Test("extract --format jsonl carries each record's metadata")
    func extractMetadata() throws {
        let result = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", "--input-format", "jsonl", "-"], input: Data(Self.goodJSONL.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix(#"{"doc": "j1", "id": "j1", "title": "Talks in Belarus", "date": "2022-03-03", "url": "https://example.org/j1", "source": "Example News", "entities": ["#) == true, "\(result.stdout)")
        #expect(lines.last?.hasPrefix(#"{"doc": "-:2", "title": "Kyiv", "date": "2022-03-02", "entities": ["#) == true, "\(result.stdout)")
    }

    @Test("standard input in JSON Lines, and --text-field naming the text")
    func standardInput() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let ingest = try run(Fixtures.graphtool, ["ingest", "-", "--input-format", "jsonl", "--db", "graph.sqlite"], input: Data(Self.goodJSONL.utf8), in: root)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("2 new"), "\(ingest.stdout)")
        let renamed = #"{"id": "x1", "story": "Lviv took in refugees."}"# + "\n"
        let mapped = try run(Fixtures.graphtool, ["ingest", "-", "--input-format", "jsonl", "--text-field", "story", "--db", "graph.sqlite"],
                             input: Data(renamed.utf8), in: root)
        #expect(mapped.status == 0, "\(mapped.stderr)")
        #expect(mapped.stdout.contains("1 new"), "\(mapped.stdout)")
        let unmapped = try run(Fixtures.graphtool, ["ingest", "-", "--input-format", "jsonl", "--db", "graph.sqlite"], input: Data(renamed.utf8), in: root)
        #expect(unmapped.status == 1)
        #expect(unmapped.stderr.contains("-:1: no text in the field(s) text, content, body, article"), "\(unmapped.stderr)")
    }

    @Test("each bad record or file is reported with file and line and skipped; the rest lands; exit status 1")
    func badInput() throws {
        let root = try folder(copying: ["articles.jsonl", "articles.csv", "page-without-text.html", "not-gzip.jsonl.gz"])
        defer { try? FileManager.default.removeItem(at: root) }
        let ingest = try run(Fixtures.graphtool, ["ingest", "articles.jsonl", "articles.csv", "page-without-text.html", "not-gzip.jsonl.gz",
                                                  "--db", "graph.sqlite"], in: root)
        #expect(ingest.status == 1)
        for message in ["graphtool: articles.jsonl:3: not valid JSON", "graphtool: articles.jsonl:5: no text in the field(s)",
                        "graphtool: articles.jsonl:6: not a JSON object", "graphtool: articles.csv:7: row has 6 field(s) where the header row has 5",
                        "graphtool: articles.csv:8: no text in the field(s)", "graphtool: page-without-text.html: no article text",
                        "graphtool: not-gzip.jsonl.gz:1: not a valid gzip stream"] {
            #expect(ingest.stderr.contains(message), "\(message) not in \(ingest.stderr)")
        }
        #expect(ingest.stdout.contains("7 new"), "\(ingest.stdout)")
    }

    @Test("a dump ingested again: unchanged records are skipped, a changed record replaced")
    func reingest() throws {
        let root = try folder(copying: [], writing: ["dump.jsonl": Self.goodJSONL])
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try run(Fixtures.graphtool, ["ingest", "dump.jsonl", "--db", "graph.sqlite"], in: root)
        #expect(first.stdout.contains("2 new, 0 replaced, 0 unchanged"), "\(first.stdout) \(first.stderr)")
        let again = try run(Fixtures.graphtool, ["ingest", "dump.jsonl", "--db", "graph.sqlite"], in: root)
        #expect(again.stdout.contains("0 new, 0 replaced, 2 unchanged"), "\(again.stdout)")
        try Self.goodJSONL.replacingOccurrences(of: "Talks in Belarus", with: "Talks held in Belarus")
            .write(to: root.appendingPathComponent("dump.jsonl"), atomically: true, encoding: .utf8)
        let changed = try run(Fixtures.graphtool, ["ingest", "dump.jsonl", "--db", "graph.sqlite"], in: root)
        #expect(changed.stdout.contains("0 new, 1 replaced, 1 unchanged"), "\(changed.stdout)")
    }

    @Test("the sample articles as gzip JSON Lines: lookup shows each evidence sentence's date and URL; --since, --until, --source filter it")
    func lookupMetadata() throws {
        let root = try folder(copying: ["seeds.jsonl.gz"])
        defer { try? FileManager.default.removeItem(at: root) }
        let ingest = try run(Fixtures.graphtool, ["ingest", "seeds.jsonl.gz", "--db", "graph.sqlite"], in: root)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.contains("5 new"), "\(ingest.stdout)")
        func lookup(_ options: [String] = []) throws -> [Substring] {
            let result = try run(Fixtures.graphtool, ["lookup", "Kuleba", "--db", "graph.sqlite"] + options, in: root)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").filter { $0.hasPrefix("  “") }
        }
        let all = try lookup()
        #expect(!all.isEmpty && all.allSatisfy { $0.contains(try! Regex(#"” — .*2022-03-0[23], https://seeds\.example\.org/00[023]_"#)) }, "\(all)")
        let late = try lookup(["--since", "2022-03-03"])
        #expect(!late.isEmpty && late.allSatisfy { $0.hasSuffix("2022-03-03, https://seeds.example.org/003_2040ef5750c91357") }, "\(late)")
        #expect(try lookup(["--until", "2022-03-01"]).isEmpty)
        let associated = try lookup(["--source", "the associated press"])
        #expect(!associated.isEmpty && associated.allSatisfy { $0.hasSuffix("https://seeds.example.org/000_c2e0d7fca34671e3") }, "\(associated)")
        let json = try run(Fixtures.graphtool, ["lookup", "Kuleba", "--json", "--db", "graph.sqlite"], in: root)
        let card = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let evidence = try #require(card["evidence"] as? [[String: Any]])
        #expect(!evidence.isEmpty && evidence.allSatisfy { ($0["url"] as? String)?.hasPrefix("https://seeds.example.org/") == true && $0["date"] is String })
        let neighbors = try run(Fixtures.graphtool, ["neighbors", "Kuleba", "--evidence", "--limit", "3", "--db", "graph.sqlite"], in: root)
        #expect(neighbors.stdout.contains(", https://seeds.example.org/"), "\(neighbors.stdout)")
    }

    @Test("--input-format reads a file of any name in that format; --max-file-mb bounds one record")
    func forcedFormatAndRecordLimit() throws {
        let big = #"{"id": "big", "text": "\#(String(repeating: "Kyiv was quiet. ", count: 70_000))"}"#
        let root = try folder(copying: [], writing: ["dump.data": Self.goodJSONL, "big.jsonl": big + "\n" + #"{"id": "small", "text": "Kyiv was quiet."}"# + "\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let forced = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", "--input-format", "jsonl", "dump.data"], in: root)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try documents(forced.stdout) == ["j1", "dump.data:2"])
        let limited = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", "--max-file-mb", "1", "big.jsonl"], in: root)
        #expect(limited.status == 1)
        #expect(limited.stderr.hasPrefix("graphtool: big.jsonl:1: one record is over the limit of 1 MB"), "\(limited.stderr)")
        #expect(try documents(limited.stdout) == ["small"])
    }
}
