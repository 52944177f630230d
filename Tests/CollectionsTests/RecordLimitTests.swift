import NewsCollections
import Foundation
import Testing

@Suite struct RecordLimitTests {
    @Test func aJSONLineOverTheLimitIsSkippedAndReadingGoesOn() throws {
        let long = String(repeating: "x", count: 700_000)
        let file = try Fixture.write(Data("{\"text\": \"first\"}\n{\"text\": \"\(long)\"}\n{\"text\": \"third\"}\n".utf8), as: "long.jsonl")
        var results = Array(CollectionReader(path: file, maxRecordBytes: 1000))
        #expect(results.count == 3)
        #expect(try results.removeFirst().get().text == "first")
        #expect(results.removeFirst() == .failure(RecordProblem(.tooLarge(limit: 1000), at: RecordLocation(file: file, line: 2, record: 2))))
        #expect(try results.removeFirst().get().location == RecordLocation(file: file, line: 3, record: 3))
    }

    @Test func aCSVRowOverTheLimitEndsTheFile() throws {
        let file = try Fixture.write(Data(("text\nfine\n\"open quote\n" + String(repeating: "more text\n", count: 50) + "last\n").utf8), as: "open.csv")
        let unlimited = Fixture.read(file)
        #expect(unlimited.records.map(\.text) == ["fine"])
        #expect(unlimited.problems.map(\.kind) == [.unclosedQuote])
        let limited = Fixture.read(file, maxRecordBytes: 100)
        #expect(limited.records.map(\.text) == ["fine"])
        #expect(limited.problems == [RecordProblem(.tooLarge(limit: 100), at: RecordLocation(file: file, line: 3, record: 2))])
    }

    @Test func aTextFileOverTheLimitIsAProblem() throws {
        let file = try Fixture.write(Data(String(repeating: "Kyiv. ", count: 100).utf8), as: "big.txt")
        #expect(Array(CollectionReader(path: file, maxRecordBytes: 599)) == [.failure(RecordProblem(.tooLarge(limit: 599), at: RecordLocation(file: file)))])
        #expect(Array(CollectionReader(path: file, maxRecordBytes: 600)).count == 1)
    }
}
