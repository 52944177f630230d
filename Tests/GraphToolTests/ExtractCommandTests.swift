import Foundation
import Testing
import TestSupport

/// `graphtool extract` end to end, through the built binary.
@Suite("extract command")
struct ExtractCommandTests {
    func extract(_ arguments: [String], input: String? = nil) throws -> RunResult {
        try run(Fixtures.graphtool, ["extract"] + arguments, input: input.map { Data($0.utf8) })
    }

    func jsonLines(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    @Test("jsonl has one line per document with code-point offsets, types, canonical names and rules")
    func jsonl() throws {
        let folder = try Fixtures.temporaryDirectory()
        let file = folder.appendingPathComponent("note.txt")
        try "Erdoğan met Vladimir Putin in Moscow.\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try extract(["--format", "jsonl", file.path])
        #expect(result.status == 0)
        let lines = try jsonLines(result.stdout)
        #expect(lines.count == 1)
        #expect(lines[0]["doc"] as? String == file.path)
        #expect((lines[0]["relations"] as? [[String: Any]])?.first?["predicate"] as? String == "meet")
        let entities = lines[0]["entities"] as? [[String: Any]] ?? []
        let moscow = try #require(entities.first { $0["text"] as? String == "Moscow" })
        #expect(moscow["start"] as? Int == 30)
        #expect(moscow["end"] as? Int == 36)
        #expect(moscow["type"] as? String == "PLACE")
        #expect(moscow["entity"] as? String == "Moscow")
        #expect((moscow["rule"] as? String)?.hasPrefix("gazetteer:") == true)
        #expect(entities.contains { $0["text"] as? String == "Vladimir Putin" && $0["type"] as? String == "PERSON" })
    }

    @Test("standard input is read with -")
    func standardInput() throws {
        let result = try extract(["--format", "jsonl", "-"], input: "Exxon Mobil said it would exit Russia.")
        #expect(result.status == 0)
        let lines = try jsonLines(result.stdout)
        #expect(lines.first?["doc"] as? String == "-")
        let texts = (lines.first?["entities"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts == ["Exxon Mobil", "Russia"])
    }

    @Test("text output summarizes entities by type, and --explain names the rules")
    func textOutput() throws {
        let result = try extract(["--explain", "-"], input: "Ukrainian Foreign Minister Dmytro Kuleba spoke in Kyiv.")
        #expect(result.status == 0)
        #expect(result.stdout.contains("PERSON       Dmytro Kuleba"))
        #expect(result.stdout.contains("PLACE        Kyiv"))
        #expect(result.stdout.contains("    27-40  PERSON       Dmytro Kuleba  [gazetteer:person]\n"))
        #expect(result.stdout.contains("    50-54  PLACE        Kyiv  [gazetteer:city]\n"))
    }

    @Test("conll output tags tokens in BIO form")
    func conll() throws {
        let result = try extract(["--format", "conll", "-"], input: "Joe Biden visited Poland.")
        #expect(result.stdout.contains("Joe\tB-PERSON\nBiden\tI-PERSON\nvisited\tO\nPoland\tB-PLACE\n.\tO\n"))
    }

    @Test("bad paths get a message each; the others are still processed; exit status 1")
    func badInput() throws {
        let folder = try Fixtures.temporaryDirectory()
        let good = folder.appendingPathComponent("good.txt")
        try "Talks were held in Minsk.".write(to: good, atomically: true, encoding: .utf8)
        let binary = folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]).write(to: binary)
        let emptyFolder = folder.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        let big = folder.appendingPathComponent("big.txt")
        try Data(repeating: UInt8(ascii: "a"), count: 1_200_000).write(to: big)
        let result = try extract(["--format", "jsonl", "--max-file-mb", "1", folder.appendingPathComponent("missing.txt").path,
                                  binary.path, emptyFolder.path, big.path, good.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.txt: no such file or folder"))
        #expect(result.stderr.contains("image.txt: looks like a binary file"))
        #expect(result.stderr.contains("nothing: folder has no files of a known format"))
        #expect(result.stderr.contains("big.txt: 1 MB is over the 1 MB limit"))
        let lines = try jsonLines(result.stdout)
        #expect(lines.map { $0["doc"] as? String } == [good.path])
    }

    @Test("empty files and invalid UTF-8 are processed with a warning")
    func warnings() throws {
        let folder = try Fixtures.temporaryDirectory()
        try Data().write(to: folder.appendingPathComponent("a-empty.txt"))
        try Data(Array("Kyiv ".utf8) + [0xFF] + Array(" Kharkiv".utf8)).write(to: folder.appendingPathComponent("b-latin.txt"))
        let result = try extract(["--format", "jsonl", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("a-empty.txt: empty file"))
        #expect(result.stderr.contains("b-latin.txt: invalid UTF-8"))
        let lines = try jsonLines(result.stdout)
        #expect(lines.count == 2)
        let texts = (lines[1]["entities"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        #expect(texts == ["Kyiv", "Kharkiv"])
    }

    @Test("a user gazetteer adds names without recompiling; a malformed one is reported with its line")
    func userGazetteer() throws {
        let folder = try Fixtures.temporaryDirectory()
        let tsv = folder.appendingPathComponent("mine.tsv")
        try "name\ttype\tcanonical\nZorblax Dynamics\tCOMPANY\tZorblax Dynamics Ltd\n".write(to: tsv, atomically: true, encoding: .utf8)
        let result = try extract(["--format", "jsonl", "--gazetteer", tsv.path, "-"], input: "Shares of Zorblax Dynamics fell.")
        let entity = try #require((try jsonLines(result.stdout).first?["entities"] as? [[String: Any]])?.first)
        #expect(entity["type"] as? String == "COMPANY")
        #expect(entity["entity"] as? String == "Zorblax Dynamics Ltd")
        let bad = folder.appendingPathComponent("bad.tsv")
        try "Zorblax\tWIDGET\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try extract(["--gazetteer", bad.path, "-"], input: "x")
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("bad.tsv:1: type \"WIDGET\" is not PERSON, PLACE, ORGANIZATION or COMPANY"))
    }

    @Test("jsonl escapes a rule's data source: a user list named with a quote and a backslash")
    func ruleEscaping() throws {
        let folder = try Fixtures.temporaryDirectory()
        let tsv = folder.appendingPathComponent("mine.tsv")
        try "name\ttype\tcanonical\tcategory\nZorblax Dynamics\tCOMPANY\tZorblax Dynamics\tmy \"best\\list\n"
            .write(to: tsv, atomically: true, encoding: .utf8)
        let result = try extract(["--format", "jsonl", "--gazetteer", tsv.path, "-"], input: "Shares of Zorblax Dynamics fell.")
        #expect(result.stdout.contains(#""rule": "gazetteer:my \"best\\list"}"#))
        let entity = try #require((try jsonLines(result.stdout).first?["entities"] as? [[String: Any]])?.first)
        #expect(entity["rule"] as? String == "gazetteer:my \"best\\list")
    }

    @Test("help describes the command")
    func help() throws {
        let result = try run(Fixtures.graphtool, ["extract", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: graphtool extract"))
        #expect(result.stdout.contains("--format <format>"))
        #expect(result.stdout.contains("--gazetteer <file>"))
    }

    @Test("--entities lists resolved entities with surface forms and documents; --aliases forces merges")
    func entitiesListing() throws {
        let folder = try Fixtures.temporaryDirectory()
        try "Minister Dmitry Kovalenkov arrived in Kyiv.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Minister Dmytro Kovalenkov left Kiev. Kovalenkov said no.".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let result = try extract(["--entities", "--format", "jsonl", folder.path])
        #expect(result.status == 0)
        let entities = try jsonLines(result.stdout)
        let person = try #require(entities.first { $0["type"] as? String == "PERSON" })
        #expect(person["mentions"] as? Int == 3)
        #expect((person["forms"] as? [String: Int])?.keys.sorted() == ["Dmitry Kovalenkov", "Dmytro Kovalenkov", "Kovalenkov"])
        #expect((person["documents"] as? [String]) == ["a.txt", "b.txt"].map { folder.appendingPathComponent($0).path })
        let kyiv = try #require(entities.first { $0["entity"] as? String == "Kyiv" })
        #expect((kyiv["forms"] as? [String: Int]) == ["Kyiv": 1, "Kiev": 1])
        let aliases = folder.appendingPathComponent("aliases.tsv")
        try "!Dmitry Kovalenkov\tDmytro Kovalenkov\n".write(to: aliases, atomically: true, encoding: .utf8)
        let apart = try jsonLines(try extract(["--entities", "--format", "jsonl", "--aliases", aliases.path, folder.path]).stdout)
        #expect(apart.filter { $0["type"] as? String == "PERSON" }.count == 2)
    }

    @Test("--explain says why a mention was merged across documents")
    func explainMerges() throws {
        let folder = try Fixtures.temporaryDirectory()
        try "Minister Dmitry Kovalenkov arrived.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Minister Dmytro Kovalenkov left.".write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let result = try extract(["--explain", folder.path])
        #expect(result.stdout.contains("(spelling variant of Dmitry Kovalenkov)"))
    }

    @Test("jsonl escapes quotes, backslashes and control characters in names")
    func escaping() throws {
        let folder = try Fixtures.temporaryDirectory()
        let name = "say \"hi\" \\ tab\t.txt"
        try "Talks in Kyiv.".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        let result = try extract(["--format", "jsonl", folder.path])
        #expect(try jsonLines(result.stdout).first?["doc"] as? String == folder.appendingPathComponent(name).path)
    }
}
