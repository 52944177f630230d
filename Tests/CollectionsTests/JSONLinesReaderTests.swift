import NewsCollections
import Foundation
import Testing

@Suite struct JSONLinesReaderTests {
    let file = Fixture.path("articles.jsonl")

    @Test func readsRecordsWithTheDefaultFieldNames() {
        let records = Fixture.read(file).records
        #expect(records.count == 3)
        #expect(records[0] == InputRecord(id: "a1", text: "Russia and Ukraine met in Belarus.", title: "Talks in Belarus",
                                          date: "2022-03-03", url: "https://example.org/a1", source: "Example News",
                                          location: RecordLocation(file: file, line: 1, record: 1)))
        #expect(records[1] == InputRecord(id: "https://example.org/a2", text: "Kyiv was quiet.", title: "Second story",
                                          date: "2022-03-02", url: "https://example.org/a2",
                                          location: RecordLocation(file: file, line: 2, record: 2)))
        #expect(records[2] == InputRecord(id: "7", text: "Third text.", location: RecordLocation(file: file, line: 7, record: 6)))
    }

    @Test func reportsBadLinesWithTheirLineNumbersAndGoesOn() {
        let problems = Fixture.read(file).problems
        #expect(problems == [
            RecordProblem(.malformedJSON, at: RecordLocation(file: file, line: 3, record: 3)),
            RecordProblem(.missingText(fields: ["text", "content", "body", "article"]), at: RecordLocation(file: file, line: 5, record: 4)),
            RecordProblem(.notAnObject, at: RecordLocation(file: file, line: 6, record: 5)),
        ])
        #expect(problems[0].description.hasPrefix("\(file):3: not valid JSON"))
    }

    @Test func followsDottedPathsIntoNestedObjects() {
        let mapping = FieldMapping(date: "meta.published", source: "meta.outlet.name")
        let third = Fixture.read(file, mapping: mapping).records.last
        #expect(third?.date == "2022-03-01")
        #expect(third?.source == "Wire")
    }

    @Test func aNamedFieldReplacesTheDefaults() {
        let result = Fixture.read(file, mapping: FieldMapping(text: "title"))
        #expect(result.records.map(\.text) == ["Talks in Belarus", "No text here"])
        #expect(result.problems.filter { $0.kind == .missingText(fields: ["title"]) }.count == 2)
    }

    /// What reading a JSON Lines file of `content` gives.
    private func read(_ content: String) throws -> (records: [InputRecord], problems: [RecordProblem]) {
        Fixture.read(try Fixture.write(Data(content.utf8), as: "lines.jsonl"))
    }

    @Test(arguments: [
        (#"{"text": "Line\nbreak \"quoted\"\ttab \/slash back\\"}"#, "Line\nbreak \"quoted\"\ttab /slash back\\"),
        (#"{"text": "caf\u00E9 \ud83d\ude00 and a lone \ud800 surrogate"}"#, "café 😀 and a lone \u{FFFD} surrogate"),
        (#"{"text": "Ünïcödé as it stands", "extra": [1, -2.5e3, true, false, null, {"a": []}]}"#, "Ünïcödé as it stands"),
    ])
    func decodesJSONStrings(json: String, text: String) throws {
        #expect(try read(json).records.map(\.text) == [text])
    }

    @Test func passesOverAByteOrderMarkWindowsLineEndsAndBlankLines() throws {
        let records = try read("\u{FEFF}{\"text\": \"a\"}\r\n \r\n{\"text\": \"b\"}\r\n").records
        #expect(records.map(\.text) == ["a", "b"])
        #expect(records.map(\.location.line) == [1, 3])
    }

    @Test(arguments: ["[\n  {\"text\": \"a\"},\n  {\"text\": \"b\"}\n]\n", "[{\"text\": \"a\"}, {\"text\": \"b\"}]\n"])
    func aJSONArrayIsOneProblemNotOnePerLine(content: String) throws {
        let result = try read(content)
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.kind) == [.jsonArray])
    }

    @Test func theDateIsTheFirstDateFieldThatReadsAsADate() throws {
        let records = try read(#"{"text": "x", "date": "last week", "published": "1 March 2022"}"#).records
        #expect(records.map(\.date) == ["2022-03-01"])
    }

    @Test func keepsNumbersAsWritten() throws {
        #expect(try read(#"{"id": -12.5e3, "text": "x"}"#).records.first?.id == "-12.5e3")
    }

    @Test(arguments: [
        #"{"text": "bad escape \q"}"#, #"{"text": "short \u12"}"#, "{\"text\": \"raw \u{1} control\"}",
        #"{"text": "x"} trailing"#, #"{"text": "x",}"#, #"{"text" "x"}"#, #"{"text": tru}"#, #"{"text": "x""#,
        #"{"text": -}"#, #"{"text": 1.}"#, #"{"text": [1 2]}"#, #"{'text': 'x'}"#,
    ])
    func reportsInvalidJSON(json: String) throws {
        #expect(try read(json).problems.map(\.kind) == [.malformedJSON])
    }
}
