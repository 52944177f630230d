import Collections
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
}
