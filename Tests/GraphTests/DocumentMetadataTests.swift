import Graph
import Testing

@Suite("document metadata")
struct DocumentMetadataTests {
    private func date(_ text: String) -> String? {
        DocumentMetadata(bytes: Array(text.utf8)).date
    }

    @Test("each form gives the date", arguments: [
        ("date 2022-03-03", "2022-03-03"),
        ("KYIV, March 3, 2022 — text", "2022-03-03"),
        ("Talks on 3 March 2022 in Belarus", "2022-03-03"),
        ("March. 3 2022", "2022-03-03"),
        ("May. 12, 2022", "2022-05-12"),
        ("3 March, 2022", "2022-03-03"),
        ("(December 31 1999)", "1999-12-31"),
        ("1900-01-01", "1900-01-01"),
        ("31 December, 2100.", "2100-12-31"),
    ])
    func forms(text: String, expected: String) {
        #expect(date(text) == expected)
    }

    @Test("a form counts only between word boundaries", arguments: [
        "12022-03-03", "2022-03-031", "x2022-03-03", "2022-03-03x", "_2022-03-03", "2022-03-03_",
        "XMarch 3, 2022", "March 3, 20221", "a3 March 2022", "13 March 20221", "123 March 2022",
    ])
    func boundaries(text: String) {
        #expect(date(text) == nil)
    }

    @Test("month names are whole and capitalized; spaces are single", arguments: [
        "march 3, 2022", "MARCH 3, 2022", "Mar. 3, 2022", "Marchy 3, 2022", "3 Marches 2022",
        "March  3, 2022", "March 3,, 2022", "3 March,2022", "2022/03/03", "2022-3-03",
    ])
    func nearMisses(text: String) {
        #expect(date(text) == nil)
    }

    @Test("years outside 1900–2100, months outside 1–12 and days outside 1–31 are not dates", arguments: [
        "2022-13-03", "2022-00-03", "2022-03-32", "2022-03-00", "1800-03-03", "2101-03-03",
        "March 32, 2022", "March 0, 1999", "0 March 2022", "3 March 1899",
    ])
    func invalid(text: String) {
        #expect(date(text) == nil)
    }

    @Test("the earliest date in a line wins; a form whose first match is not a date gives none in that line")
    func withinLine() {
        #expect(date("3 March 2022, then 2021-01-02") == "2022-03-03")
        #expect(date("2021-01-02, then March 3, 2022") == "2021-01-02")
        #expect(date("2022-13-01, then 2021-01-02") == nil)
        #expect(date("2022-13-01, then March 3, 2022") == "2022-03-03")
    }

    @Test("the first line with a date gives it; none in the first 2,000 bytes gives nil")
    func acrossLines() {
        #expect(date("Title\nin 2022\r\nMarch 3, 2022\n2021-01-02") == "2022-03-03")
        #expect(date("Title\u{2028}2022-13-01\u{85}2021-01-02") == "2021-01-02")
        #expect(date("Title\nno date here") == nil)
        #expect(date(String(repeating: "x", count: 2_000) + "\n2022-03-03") == nil)
    }

    @Test("non-ASCII text around a date", arguments: [
        ("Київ — 3 March 2022 — текст", "2022-03-03"),
        ("“2022-03-03”", "2022-03-03"),
        ("Kyiv,\u{A0}March 3, 2022", "2022-03-03"),
        ("\u{200B}2022-03-03", "2022-03-03"),
        ("Ж2022-03-03", nil),
        ("2022-03-03é", nil),
        ("e\u{301}2022-03-03", nil),
        ("x\u{200B}2022-03-03", nil),
        ("2022-03-03\u{301}", nil),
        ("٢٠٢٢-03-03", nil),
        ("٢٠٢٢-03-03 2021-01-02", nil),
    ] as [(String, String?)])
    func nonASCII(text: String, expected: String?) {
        #expect(date(text) == expected)
    }

    @Test("validDate accepts exactly one valid ISO date", arguments: [
        ("2022-03-03", "2022-03-03"), ("2100-12-31", "2100-12-31"),
        ("2022-3-03", nil), ("2022-03-03 ", nil), (" 2022-03-03", nil), ("March 3, 2022", nil),
        ("2022-13-03", nil), ("1800-01-01", nil), ("", nil),
    ] as [(String, String?)])
    func validDate(text: String, expected: String?) {
        #expect(DocumentMetadata.validDate(text) == expected)
    }
}
