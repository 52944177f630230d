import Foundation
import Testing
import TestSupport

/// Which files a call reads and what it names them: the path as given, normalized; each real
/// file once; loops of symbolic links reported once; hidden files only when named.
@Suite("input paths")
struct InputPathTests {
    /// A folder with `x/a.txt` and `y/a.txt`: the company Ford and a person Ford, both in Detroit.
    func twoFolders() throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        for (folder, text) in [("x", "Ford recalled 3,000 cars in Detroit."), ("y", "Mr Ford visited Detroit on Monday.")] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            try text.write(to: root.appendingPathComponent("\(folder)/a.txt"), atomically: true, encoding: .utf8)
        }
        return root
    }

    func documents(_ stdout: String) throws -> [String] {
        try stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["doc"] as? String ?? ""
        }
    }

    @Test("two files of one base name are two documents, named by their normalized paths")
    func sameBaseName() throws {
        let root = try twoFolders()
        defer { try? FileManager.default.removeItem(at: root) }
        let jsonl = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", "./x//a.txt", "y/../y/a.txt"], in: root)
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        #expect(try documents(jsonl.stdout) == ["x/a.txt", "y/a.txt"])
        let entities = try run(Fixtures.graphtool, ["extract", "--entities", "x", "y"], in: root)
        #expect(entities.stdout.contains("PLACE        Detroit  2 mentions in 2 documents"), "\(entities.stdout)")
        let ingest = try run(Fixtures.graphtool, ["ingest", "x", "y", "--db", "graph.sqlite"], in: root)
        #expect(ingest.stdout.contains("2 new"), "\(ingest.stdout)")
        let lookup = try run(Fixtures.graphtool, ["lookup", "Detroit", "--db", "graph.sqlite"], in: root)
        #expect(lookup.stdout.contains("mentions   2 in 2 documents"), "\(lookup.stdout)")
    }

    @Test("a link back up is reported once and not followed; a file reached twice is read once, by its path without links")
    func links() throws {
        let root = try twoFolders()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("x/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("y/also.txt").path, withDestinationPath: "../x/a.txt")
        let result = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", ".", "x"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try documents(result.stdout) == ["x/a.txt", "y/a.txt"])
        #expect(result.stderr == "graphtool: warning: x/up: links back to ., a folder it is in; not followed\n")
        // Through x/up, x reaches y too: y's file keeps its path without the link.
        let both = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", "x", "y"], in: root)
        #expect(try documents(both.stdout) == ["x/a.txt", "y/a.txt"])
        #expect(both.stderr == "graphtool: warning: x/up/x: links back to x, a folder it is in; not followed\n")
    }

    @Test("hidden files and folders are skipped unless named")
    func hidden() throws {
        let root = try twoFolders()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("x/.drafts"), withIntermediateDirectories: true)
        try "Talks in Kyiv.".write(to: root.appendingPathComponent("x/.drafts/b.txt"), atomically: true, encoding: .utf8)
        try "Talks in Minsk.".write(to: root.appendingPathComponent("y/.c.txt"), atomically: true, encoding: .utf8)
        let walked = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", "."], in: root)
        #expect(try documents(walked.stdout) == ["x/a.txt", "y/a.txt"])
        let named = try run(Fixtures.graphtool, ["extract", "--format", "jsonl", "x/.drafts", "y/.c.txt"], in: root)
        #expect(try documents(named.stdout) == ["x/.drafts/b.txt", "y/.c.txt"])
    }
}
