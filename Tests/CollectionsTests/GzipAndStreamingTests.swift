import NewsCollections
import Foundation
import Testing
import TestSupport

@Suite struct GzipAndStreamingTests {
    let seeds = Fixture.path("seeds.jsonl.gz")

    @Test func readsTheSampleArticlesFromGzipJSONLines() throws {
        let result = Fixture.read(seeds)
        #expect(result.problems.isEmpty)
        #expect(result.records.map(\.date) == ["2022-03-02", "2022-02-28", "2022-03-02", "2022-03-03", "2022-02-27"])
        for record in result.records {
            let id = try #require(record.id)
            #expect(record.url == "https://seeds.example.org/\(id)")
            let original = try String(contentsOf: Fixtures.seeds.appendingPathComponent(id + ".txt"), encoding: .utf8)
            #expect(record.text == original.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        #expect(result.records[0].source == "The Associated Press")
        #expect(result.records[2].title == "Russia Escalates Ukraine Attacks Amid Signs Talks May Resume")
    }

    @Test func aFileThatIsNotGzipIsAProblem() {
        let file = Fixture.path("not-gzip.jsonl.gz")
        let result = Fixture.read(file)
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.kind) == [.badGzip(detail: "incorrect header check")])
        #expect(result.problems.first?.location.line == 1)
    }

    @Test func aCutGzipStreamGivesTheRecordsBeforeTheCutThenAProblem() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: seeds))
        let file = try Fixture.write(whole.prefix(whole.count * 3 / 4), as: "cut.jsonl.gz")
        let results = Array(CollectionReader(path: file))
        let last = try #require(results.last)
        guard case .failure(let problem) = last, case .badGzip = problem.kind else {
            Issue.record("expected a gzip problem last, got \(last)")
            return
        }
        let records = results.compactMap { try? $0.get() }
        #expect(records.count >= 1 && records.count < 5)
        #expect(results.count == records.count + 1)
    }

    @Test func readsConcatenatedGzipMembers() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: seeds))
        let file = try Fixture.write(whole + whole, as: "twice.jsonl.gz")
        let result = Fixture.read(file)
        #expect(result.problems.isEmpty)
        #expect(result.records.count == 10)
        #expect(result.records.last?.location.line == 10)
    }

    @Test func readsLinesLongerThanOneChunk() throws {
        let long = String(repeating: "Kharkiv was shelled again. ", count: 40_000)
        let file = try Fixture.write(Data("{\"text\": \"short\"}\n{\"text\": \"\(long)\"}\n{\"text\": \"last\"}".utf8), as: "long.jsonl")
        let result = Fixture.read(file)
        #expect(result.problems.isEmpty)
        #expect(result.records.map(\.text.utf8.count) == [5, long.utf8.count - 1, 4])
    }

    @Test func readsTextFilesWhole() {
        let file = Fixture.path("article.txt")
        #expect(Fixture.read(file).records == [
            InputRecord(text: "Zaporizhzhia plant was shelled overnight.\n\nThe fire is out.\n", location: RecordLocation(file: file)),
        ])
    }

    @Test func aMissingFileOrAFolderIsAProblem() {
        let result = Fixture.read("/nonexistent/news.jsonl")
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.kind) == [.unreadable(reason: "No such file or directory")])
        #expect(Fixture.read(Fixture.folder.path, format: .text).problems.map(\.kind) == [.unreadable(reason: "it is a folder")])
    }

    @Test func standardInputNeedsAFormat() {
        #expect(Fixture.read("-").problems.map(\.kind) == [.formatNeeded])
    }

    @Test(arguments: [false, true])
    func readsStandardInputCompressedOrNot(compressed: Bool) throws {
        let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: compressed ? seeds : Fixture.path("articles.jsonl")))
        let process = Process()
        process.executableURL = Fixtures.productsDirectory.appendingPathComponent("collections-read")
        process.arguments = ["--format", "jsonl", "-"]
        process.standardInput = input
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(printed.hasPrefix(compressed ? "5 records, 0 problems" : "3 records, 3 problems"))
    }
}
