import Foundation
import NER
import Testing
import TestSupport

/// Each merge rule of entity resolution, and each guard against a false merge.
@Suite("Entity resolution")
struct ResolverTests {
    let resolver: EntityResolver = {
        do { return try EntityResolver.standard() } catch { fatalError("\(error)") }
    }()

    func analyses(_ texts: [String]) -> [DocumentAnalysis] {
        texts.enumerated().map { Fixtures.recognizer.analyze(SourceText(name: "doc\($0.offset).txt", text: $0.element)) }
    }

    /// Canonical entity of every mention, per document, with its text.
    func entities(_ texts: [String], resolver: EntityResolver? = nil) -> [[String: String]] {
        (resolver ?? self.resolver).resolve(analyses(texts)).documents.map { document in
            Dictionary(document.mentions.map { ($0.text, $0.entity) }, uniquingKeysWith: { a, _ in a })
        }
    }

    @Test("each mention's entity index names its canonical entity")
    func mentionEntities() throws {
        let resolution = resolver.resolve(analyses([
            "Foreign Minister Dmitry Kuleba arrived in Kyiv.",
            "Foreign Minister Dmytro Kuleba left Kiev for Warsaw. Kuleba spoke.",
        ]), known: [KnownEntity(canonical: "Poland", type: .place, surfaceForms: ["Poland": 3])])
        #expect(resolution.mentionEntities.map(\.count) == resolution.documents.map(\.mentions.count))
        for (document, indices) in zip(resolution.documents, resolution.mentionEntities) {
            for (mention, index) in zip(document.mentions, indices) {
                #expect(resolution.entities[index].canonical == mention.entity, "\(mention.text)")
            }
        }
        #expect(Set(resolution.mentionEntities.joined()).count == resolution.entities.count - 1)
    }

    @Test("transliterated given names and surnames merge across documents")
    func transliterations() {
        let result = entities([
            "Adviser Alexei Orastovich said the city held. Orastovich spoke again.",
            "Presidential adviser Oleksiy Arestovych disagreed.",
            "Foreign Minister Dmitry Kuleba arrived.",
            "Foreign Minister Dmytro Kuleba left.",
        ])
        #expect(result[0]["Alexei Orastovich"] == result[1]["Oleksiy Arestovych"])
        #expect(result[0]["Orastovich"] == result[1]["Oleksiy Arestovych"])
        #expect(result[2]["Dmitry Kuleba"] == result[3]["Dmytro Kuleba"])
    }

    @Test("y/i/iy/yy endings are one surname")
    func endings() {
        let result = entities(["President Volodymyr Zelenskyy spoke.", "President Volodymyr Zelensky spoke.", "President Volodymyr Zelenskiy spoke."])
        #expect(Set(result.compactMap { $0.values.first }).count == 1)
    }

    @Test("a bare surname joins the only full name it fits, across documents")
    func bareSurname() {
        let result = entities(["Senator Harriet Quellmoor voted no.", "Quellmoor said later that she regretted it."])
        #expect(result[1]["Quellmoor"] == "Harriet Quellmoor")
    }

    @Test("different people with one surname stay apart, and so does a bare surname between them")
    func differentPeople() {
        let result = entities(["Senator Harriet Quellmoor voted no.", "Governor Thomas Quellmoor vetoed it.", "Quellmoor said so."])
        #expect(result[0]["Harriet Quellmoor"] != result[1]["Thomas Quellmoor"])
        #expect(result[2]["Quellmoor"] == "Quellmoor")
    }

    @Test("a bare surname goes to the full name mentioned four times as often as the others of that surname")
    func dominantSurname() {
        let often = "Senator Harriet Quellmoor voted no. Harriet Quellmoor spoke. Harriet Quellmoor left. Harriet Quellmoor won."
        let result = entities([often, "Governor Thomas Quellmoor vetoed it.", "Quellmoor said so."])
        #expect(result[2]["Quellmoor"] == "Harriet Quellmoor")
        let resolution = resolver.resolve(analyses([often, "Governor Thomas Quellmoor vetoed it.", "Quellmoor said so."]))
        #expect(resolution.documents[2].mentions.first?.resolution?.hasPrefix("surname of Harriet Quellmoor, named 4×") == true)
        let balanced = entities(["Senator Harriet Quellmoor voted no. Harriet Quellmoor spoke.", "Governor Thomas Quellmoor vetoed it.", "Quellmoor said so."])
        #expect(balanced[2]["Quellmoor"] == "Quellmoor")
    }

    @Test("a company and a person of one name stay apart")
    func typesStayApart() {
        let resolution = resolver.resolve(analyses(["Ford said sales fell.", "Senator Ford voted no."]))
        let ford = resolution.entities.filter { $0.canonical == "Ford" }
        #expect(Set(ford.map(\.type)) == [.company, .person])
    }

    @Test("case and periods aside, names are one: IKEA and Ikea")
    func folding() {
        let result = entities(["Shoppers queued at IKEA stores.", "Ikea said stores reopen."])
        #expect(result[0]["IKEA"] == result[1]["Ikea"])
    }

    @Test("an acronym defined in one document names the same body in another")
    func acronyms() {
        let result = entities(["The Oceanic Fisheries Council (OFC) met.", "The OFC said quotas would fall."])
        #expect(result[0]["OFC"] == "Oceanic Fisheries Council")
        #expect(result[1]["OFC"] == "Oceanic Fisheries Council")
    }

    @Test("names in capitals get a title-case canonical name")
    func capitals() {
        #expect(entities(["(Photo by MARIA KOWALCZYKOWA/Reuters)"])[0]["MARIA KOWALCZYKOWA"] == "Maria Kowalczykowa")
    }

    @Test("the same names come out in any order of documents")
    func orderIndependence() {
        let texts = ["Adviser Alexei Orastovich spoke.", "Adviser Oleksiy Arestovych spoke.", "Arestovych said no."]
        let forward = resolver.resolve(analyses(texts)).entities.map(\.canonical)
        let backward = resolver.resolve(analyses(texts.reversed())).entities.map(\.canonical)
        #expect(forward == backward)
    }

    @Test("an alias file forces and forbids merges")
    func aliasFile() throws {
        var rules = AliasRules()
        rules.force("Ikea", to: "Inter IKEA Group")
        rules.forbid("Dmitry Kovalenkov", "Dmytro Kovalenkov")
        let custom = EntityResolver(givenNames: resolver.givenNames, aliases: rules)
        let result = entities(["Minister Dmitry Kovalenkov arrived.", "Minister Dmytro Kovalenkov left.", "Ikea said no."], resolver: custom)
        #expect(result[0]["Dmitry Kovalenkov"] != result[1]["Dmytro Kovalenkov"])
        let merged = entities(["Minister Dmitry Kovalenkov arrived.", "Minister Dmytro Kovalenkov left."])
        #expect(merged[0]["Dmitry Kovalenkov"] == merged[1]["Dmytro Kovalenkov"])
        #expect(result[2]["Ikea"] == "Inter IKEA Group")
        let parsed = try AliasRules(tsv: "# mine\nIkea\tInter IKEA Group\n!Dmitry Kovalenkov\tDmytro Kovalenkov\n", file: "a.tsv")
        #expect(parsed == rules)
        #expect(throws: LexiconError.self) { try AliasRules(tsv: "just one column\n", file: "a.tsv") }
    }

    @Test("known entities from a store are matched, and renamed when a better name appears")
    func knownEntities() {
        let known = [KnownEntity(canonical: "Orastovich", type: .person, surfaceForms: ["Orastovich": 3])]
        let resolution = resolver.resolve(analyses(["Adviser Alexei Orastovich spoke."]), known: known)
        #expect(resolution.renamed == [EntityKey(type: .person, name: "Orastovich"): EntityKey(type: .person, name: "Alexei Orastovich")])
        #expect(resolution.entities.first { $0.canonical == "Alexei Orastovich" }?.surfaceForms["Orastovich"] == 3)
    }

    @Test("--explain reasons: merged mentions say why")
    func reasons() {
        let documents = resolver.resolve(analyses(["Minister Dmytro Kovalenkov arrived.", "Minister Dmitry Kovalenkov left."])).documents
        let merged = documents.flatMap(\.mentions).filter { $0.resolution != nil }
        #expect(merged.count == 1)
        #expect(merged.first?.resolution?.contains("spelling variant of") == true)
    }

    @Test("known entities that share no blocking key with a batch change nothing in its resolution")
    func blockingKeys() {
        let known = [
            KnownEntity(canonical: "Oleksiy Arestovych", type: .person, surfaceForms: ["Oleksiy Arestovych": 2]),
            KnownEntity(canonical: "International Criminal Court", type: .organization, surfaceForms: ["ICC": 1]),
            KnownEntity(canonical: "Joe Biden", type: .person, surfaceForms: ["Joe Biden": 4]),
            KnownEntity(canonical: "Lviv", type: .place, surfaceForms: ["Lviv": 1]),
        ]
        let batch = analyses(["Adviser Alexei Orastovich said the ICC would look into it. Orastovich left for Kyiv."])
        let keys = resolver.blockingKeys(of: batch)
        let candidates = known.filter { entity in
            let own = EntityResolver.blockingKeys(name: entity.canonical, type: entity.type) + entity.surfaceForms.keys.flatMap(EntityResolver.blockingKeys(form:))
            return !keys.isDisjoint(with: own)
        }
        #expect(candidates.map(\.canonical) == ["Oleksiy Arestovych", "International Criminal Court"])
        let names = { (resolution: Resolution) in resolution.documents.flatMap { $0.mentions.map(\.entity) } }
        #expect(names(resolver.resolve(batch, known: candidates)) == names(resolver.resolve(batch, known: known)))
        #expect(resolver.resolve(batch, known: candidates).renamed == [EntityKey(type: .person, name: "Oleksiy Arestovych"): EntityKey(type: .person, name: "Alexei Orastovich")])
    }
}
