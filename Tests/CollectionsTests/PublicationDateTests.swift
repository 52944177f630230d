import NewsCollections
import Testing

@Suite struct PublicationDateTests {
    @Test(arguments: [
        ("2022-03-01", "2022-03-01"),
        ("2022-03-01T10:00:00Z", "2022-03-01"),
        ("2022-03-01T23:30:00-05:00", "2022-03-01"),
        ("2022-03-01 10:00:00.123+02:00", "2022-03-01"),
        ("  2022-03-01\n", "2022-03-01"),
        ("2022/03/01", "2022-03-01"),
        ("2022/3/1", "2022-03-01"),
        ("Tue, 01 Mar 2022 10:00:00 +0000", "2022-03-01"),
        ("Tue, 1 Mar 2022 10:00:00 GMT", "2022-03-01"),
        ("01 Mar 2022", "2022-03-01"),
        ("March 1, 2022", "2022-03-01"),
        ("march 1 2022", "2022-03-01"),
        ("Mar. 1, 2022", "2022-03-01"),
        ("Sept. 30, 2021", "2021-09-30"),
        ("March 1st, 2022", "2022-03-01"),
        ("Tuesday, March 1, 2022", "2022-03-01"),
        ("March 1, 2022 10:00 AM", "2022-03-01"),
        ("1 March 2022", "2022-03-01"),
        ("1st of March, 2022", "2022-03-01"),
        ("29 February 2024", "2024-02-29"),
    ])
    func normalizesKnownForms(text: String, date: String) {
        #expect(PublicationDate.normalized(text) == date)
    }

    @Test(arguments: [
        "", "yesterday", "03/01/2022", "2022-03", "2022-13-01", "2022-02-30", "29 February 2023",
        "March 32, 2022", "Marc 1, 2022", "March 1, 22", "2022-03-011", "2022-03-01 and more",
        "Mar 1, 2022 soon", "20220301",
    ])
    func givesNothingForOtherText(text: String) {
        #expect(PublicationDate.normalized(text) == nil)
    }
}
