import NER
import Testing
import TestSupport

/// Each recognition rule, and each guard against a false mention, on small texts.
@Suite("Entity recognizer")
struct RecognizerTests {
    typealias Found = FoundName

    func found(_ text: String) -> [Found] { Fixtures.found(text) }

    /// The text of each mention's rule, as output shows it, by the mention's text.
    func rules(_ text: String) -> [String: String] {
        Dictionary(Fixtures.recognizer.analyze(SourceText(name: "t", text: text)).mentions.map { ($0.text, $0.rule.description) },
                   uniquingKeysWith: { a, _ in a })
    }

    @Test("gazetteer names of every type, the longest one winning")
    func gazetteers() {
        #expect(found("Officials in New York and Brussels met NATO and Goldman Sachs envoys.") == [
            Found(text: "New York", type: .place), Found(text: "Brussels", type: .place),
            Found(text: "NATO", type: .organization), Found(text: "Goldman Sachs", type: .company),
        ])
        #expect(rules("Talks in Poland.")["Poland"] == "gazetteer:country")
    }

    @Test("titles and roles mark the name after them as a person, without the title")
    func titles() {
        #expect(found("Finance Minister Jorunn Tveitavik resigned.") == [Found(text: "Jorunn Tveitavik", type: .person)])
        #expect(found("The company's spokesman Bartek Zmijewski declined to comment.") == [Found(text: "Bartek Zmijewski", type: .person)])
        #expect(rules("Finance Minister Jorunn Tveitavik resigned.")["Jorunn Tveitavik"] == "title+name")
    }

    @Test("a known first name starts a person's name")
    func firstNames() {
        #expect(found("Yesterday Maria Kowalczykowa spoke.") == [Found(text: "Maria Kowalczykowa", type: .person)])
        #expect(rules("Yesterday Maria Kowalczykowa spoke.")["Maria Kowalczykowa"] == "first-name")
    }

    @Test("head words make organizations, companies and places of unknown names")
    func heads() {
        #expect(found("The Coastal Fisheries Agency and Brightwater Holdings met at Harbour Square.") == [
            Found(text: "Coastal Fisheries Agency", type: .organization),
            Found(text: "Brightwater Holdings", type: .company),
            Found(text: "Harbour Square", type: .place),
        ])
        #expect(found("He praised the Ministry of Fisheries of Norway.") == [Found(text: "Ministry of Fisheries of Norway", type: .organization)])
    }

    @Test("a place name plus a head word is one longer name")
    func placeInsideName() {
        #expect(found("Staff at the Oslo Grand Hotel left.") == [Found(text: "Oslo Grand Hotel", type: .place)])
        #expect(found("The Kenya Ministry of Health said so.") == [Found(text: "Kenya Ministry of Health", type: .organization)])
    }

    @Test("demonyms, events, months and sentence-initial common words are not entities")
    func nonEntities() {
        #expect(found("Russian and French officials met.").isEmpty)
        #expect(found("Negotiations resumed during World War II and the Winter Games.").isEmpty)
        #expect(found("Talks May Resume in March").isEmpty)
        #expect(found("Meanwhile, prices rose.").isEmpty)
        #expect(found("Leave a Reply").isEmpty)
    }

    @Test("weak names need support: a city that is a common word, a company named like a fruit")
    func weakNames() {
        #expect(found("Reading is fun.").isEmpty)
        #expect(found("Flooding hit homes in Reading on Monday.") == [Found(text: "Reading", type: .place)])
        #expect(found("Analysts said Apple would gain.") == [Found(text: "Apple", type: .company)])
    }

    @Test("context decides unknown names: company nouns, organization nouns, reporting verbs")
    func context() {
        #expect(found("the Zubrak news agency reported") == [Found(text: "Zubrak", type: .company)])
        #expect(found("shares of car maker Veltrana fell") == [Found(text: "Veltrana", type: .company)])
        #expect(found("“No,” Koslowitz said.") == [Found(text: "Koslowitz", type: .person)])
        #expect(found("Shares of Zubrakor and Veltramex fell.") == [Found(text: "Zubrakor", type: .company), Found(text: "Veltramex", type: .company)])
    }

    @Test("unknown acronyms are organizations; listed non-entity acronyms are not")
    func acronyms() {
        #expect(found("The QXLF said the CEO quit over GDP figures.") == [Found(text: "QXLF", type: .organization)])
    }

    @Test("a name keeps one type in a document and its later short form follows the full name")
    func consistency() {
        let analysis = Fixtures.recognizer.analyze(SourceText(name: "t", text: "Finance Minister Jorunn Tveitavik resigned. Later Tveitavik said no."))
        #expect(analysis.mentions.map(\.text) == ["Jorunn Tveitavik", "Tveitavik"])
        #expect(analysis.mentions.map(\.entity) == ["Jorunn Tveitavik", "Jorunn Tveitavik"])
        #expect(analysis.mentions[1].type == .person)
    }

    @Test("a misspelling one edit from a person in the document is that person")
    func variants() {
        let analysis = Fixtures.recognizer.analyze(SourceText(name: "t", text: "Adviser Bohdan Kravchenkov spoke. Kravchenkow confirmed it."))
        #expect(analysis.mentions.map(\.entity) == ["Bohdan Kravchenkov", "Bohdan Kravchenkov"])
        #expect(analysis.mentions[1].rule == RuleID(.variantOf, source: "Kravchenkov"))
    }

    @Test("possessives, hyphen compounds and leading determiners stay outside the span")
    func spans() {
        #expect(found("Sweden’s Stockholm-based H&M and The Associated Press") == [
            Found(text: "Sweden", type: .place), Found(text: "Stockholm", type: .place),
            Found(text: "H&M", type: .company), Found(text: "Associated Press", type: .company),
        ])
    }

    @Test("all-caps names in credits are read like title case")
    func allCaps() {
        #expect(found("(Photo by MARIA KOWALCZYKOWA/Reuters)") == [
            Found(text: "MARIA KOWALCZYKOWA", type: .person), Found(text: "Reuters", type: .company),
        ])
    }

    @Test("datelines in capitals are looked up in title case")
    func datelines() {
        #expect(found("JERUSALEM (Reuters) - Talks resumed.") == [Found(text: "JERUSALEM", type: .place), Found(text: "Reuters", type: .company)])
        #expect(Fixtures.recognizer.analyze(SourceText(name: "t", text: "KYIV, Ukraine - Sirens sounded.")).mentions.first?.entity == "Kyiv")
        #expect(found("Headline\n\nGENEVA — Physicists met.") == [Found(text: "GENEVA", type: .place)])
    }

    @Test("a first name followed by a city name is a person; a month is never a weak place")
    func personsAndMonths() {
        #expect(found("Chief executive Mary Barra spoke.") == [Found(text: "Mary Barra", type: .person)])
        #expect(found("Work could begin in March, officials said.").isEmpty)
    }

    @Test("long and unlisted given names stay one person; an unknown word before a first name joins it")
    func names() {
        #expect(found("Chief executive Le Thi Thu Thuy told a ceremony.") == [Found(text: "Le Thi Thu Thuy", type: .person)])
        #expect(found("Reporting by Abhirup Roy; editing by Jamie Freed") == [
            Found(text: "Abhirup Roy", type: .person), Found(text: "Jamie Freed", type: .person),
        ])
    }
}
