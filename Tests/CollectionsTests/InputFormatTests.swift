import NewsCollections
import Testing

@Suite struct InputFormatTests {
    @Test(arguments: [
        ("news.jsonl", InputFormat.jsonl), ("dump.NDJSON", .jsonl), ("a/b.json.gz", .jsonl), ("sheet.csv", .csv),
        ("sheet.tsv.GZ", .tsv), ("page.html", .html), ("page.htm.gz", .html), ("story.txt", .text), ("story.txt.gz", .text),
    ])
    func isTakenFromTheExtension(path: String, format: InputFormat) {
        #expect(InputFormat(path: path) == format)
    }

    @Test(arguments: ["notes.md", "archive.gz", "README", "folder.csv/file"])
    func isUnknownForOtherNames(path: String) {
        #expect(InputFormat(path: path) == nil)
    }

    @Test func anUnknownExtensionIsAProblemUnlessTheFormatIsGiven() {
        let file = Fixture.path("articles.jsonl")
        #expect(Fixture.read(Fixture.path("articles.tsv"), format: .jsonl).records.isEmpty)
        #expect(Fixture.read(file, format: .text).records.count == 1)
        #expect(Fixture.read("notes.md").problems.map(\.kind) == [.unknownFormat])
    }

    @Test func theDefaultFieldNamesFitCommonDumps() {
        let mapping = FieldMapping()
        #expect(mapping.text == ["text", "content", "body", "article"])
        #expect(mapping.title == ["title", "headline"])
        #expect(mapping.date == ["date", "published", "publish_date", "date_publish", "pubDate"])
        #expect(mapping.url == ["url", "link"])
        #expect(mapping.id == ["id"])
    }
}
