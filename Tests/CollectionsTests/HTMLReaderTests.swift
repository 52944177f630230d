import NewsCollections
import Testing

@Suite struct HTMLReaderTests {
    @Test func takesTheArticleWithoutPageFurnitureAndItsMetadata() throws {
        let file = Fixture.path("article.html")
        let result = Fixture.read(file)
        #expect(result.problems.isEmpty)
        let record = try #require(result.records.first)
        #expect(record.text == """
            Kyiv braces for new attacks

            Residents of Kyiv prepared shelters & supplies on Wednesday, officials said.

            The mayor, Vitali Klitschko, called on café owners to stay open.

            Water

            Power
            """)
        #expect(record.title == "Kyiv braces for new attacks")
        #expect(record.date == "2022-03-02")
        #expect(record.url == "https://example.org/news/kyiv-braces")
        #expect(record.id == record.url)
        #expect(record.source == "Example News")
        #expect(record.location == RecordLocation(file: file))
    }

    @Test func fallsBackToMainTheTitleElementTimeAndOpenGraphURL() throws {
        let record = try #require(Fixture.read(Fixture.path("page-main.html")).records.first)
        #expect(record.text == "Talks in Minsk ended Thursday without a deal.\n\nBoth sides will meet again.")
        #expect(record.title == "Minsk talks end without a deal")
        #expect(record.date == "2022-03-03")
        #expect(record.url == "https://example.org/minsk")
    }

    @Test func readsTheDateFromJSONLinkedData() throws {
        let record = try #require(Fixture.read(Fixture.path("page-jsonld.html")).records.first)
        #expect(record.text == "Grain prices rose sharply in Chicago.")
        #expect(record.date == "2022-03-04")
        #expect(record.title == nil)
        #expect(record.url == nil)
    }

    @Test func aPageWithoutBodyTextIsAProblem() {
        let file = Fixture.path("page-without-text.html")
        let result = Fixture.read(file)
        #expect(result.records.isEmpty)
        #expect(result.problems == [RecordProblem(.noBodyText, at: RecordLocation(file: file))])
    }
}
