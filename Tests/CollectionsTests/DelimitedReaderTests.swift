import NewsCollections
import Foundation
import Testing

@Suite struct DelimitedReaderTests {
    let csv = Fixture.path("articles.csv")

    @Test func readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() {
        let records = Fixture.read(csv).records
        #expect(records.map(\.id) == ["c1", "c2", "c3", "c6"])
        #expect(records[1].title == "Quoted, with comma")
        #expect(records[1].text == "He said \"no\" twice.")
        #expect(records[2].text == "First paragraph.\n\nSecond paragraph.")
        #expect(records.map(\.date) == ["2022-03-01", "2022-03-01", "2022-03-02", nil])
        #expect(records.map { $0.location.line } == [2, 3, 4, 9])
        #expect(records.map(\.location.record) == [1, 2, 3, 6])
    }

    @Test func reportsRowsWithTheWrongFieldCountOrNoTextAndGoesOn() {
        let problems = Fixture.read(csv).problems
        #expect(problems == [
            RecordProblem(.wrongFieldCount(expected: 5, found: 6), at: RecordLocation(file: csv, line: 7, record: 4)),
            RecordProblem(.missingText(fields: ["text", "content", "body", "article"]), at: RecordLocation(file: csv, line: 8, record: 5)),
        ])
        #expect(problems[0].description.hasPrefix("\(csv):7: row has 6 field(s) where the header row has 5"))
    }

    @Test func readsTabSeparatedValuesWithQuotes() {
        let tsv = Fixture.path("articles.tsv")
        let result = Fixture.read(tsv)
        #expect(result.problems.isEmpty)
        #expect(result.records == [
            InputRecord(id: "https://example.org/t1", text: "Lviv took in refugees.", title: "First", date: "2022-03-04",
                        url: "https://example.org/t1", location: RecordLocation(file: tsv, line: 2, record: 1)),
            InputRecord(id: "https://example.org/t2", text: "Quoted \"text\" with\ta tab.", title: "Tab\tin title", date: "2022-03-05",
                        url: "https://example.org/t2", location: RecordLocation(file: tsv, line: 3, record: 2)),
        ])
    }

    @Test func readsWindowsLineEndsAndAByteOrderMark() throws {
        let file = try Fixture.write(Data("\u{FEFF}text,title\r\n\"Two\r\nlines\",First\r\nOne line,Second\r\n".utf8), as: "windows.csv")
        let records = Fixture.read(file).records
        #expect(records.map(\.text) == ["Two\r\nlines", "One line"])
        #expect(records.map(\.title) == ["First", "Second"])
        #expect(records.map { $0.location.line } == [2, 4])
    }

    @Test func reportsAQuoteLeftOpenAtTheEnd() throws {
        let file = try Fixture.write(Data("text\nFine\n\"Never closed\nat all\n".utf8), as: "open.csv")
        let result = Fixture.read(file)
        #expect(result.records.map(\.text) == ["Fine"])
        #expect(result.problems == [RecordProblem(.unclosedQuote, at: RecordLocation(file: file, line: 3, record: 2))])
    }

    @Test(arguments: [
        ("a,", "a", nil), ("a,b", "a", "b"), ("\"a,b\",c\n", "a,b", "c"), ("\"a\"\"b\",\n", "a\"b", nil),
        ("\"ab\"c,d\n", "abc", "d"), ("a\"b,c\n", "a\"b", "c"), ("a,\"\"\n", "a", nil),
    ] as [(String, String, String?)])
    func readsEdgeCasesOfQuotingAndEmptyFields(row: String, text: String, title: String?) throws {
        let records = Fixture.read(try Fixture.write(Data("text,title\n\(row)".utf8), as: "row.csv")).records
        #expect(records.map(\.text) == [text])
        #expect(records.map(\.title) == [title])
    }
}
