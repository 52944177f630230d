import NER
import Testing
import TestSupport

/// Rules as values: a mention's rule names its family and data source, an action's rule its pattern
/// and clause path, resolution reads them without parsing text, and each renders itself as the text
/// that output shows.
@Suite("Rule identifiers")
struct RuleIDTests {
    func rule(_ text: String, _ name: String) -> RuleID? {
        Fixtures.recognizer.analyze(SourceText(name: "t", text: text)).mentions.first { $0.text == name }?.rule
    }

    func actionRules(_ text: String) -> [ActionRuleID] {
        Fixtures.recognizer.analyze(SourceText(name: "t", text: text)).actions.map(\.rule)
    }

    @Test("a mention's rule names its family, its data source and the words it took in")
    func mentionRules() throws {
        let poland = try #require(rule("Talks in Poland.", "Poland"))
        #expect(poland.family == .gazetteer)
        #expect(poland.source == "country")
        #expect(rule("Finance Minister Jorunn Tveitavik resigned.", "Jorunn Tveitavik") == RuleID(.titleName))
        #expect(rule("Analysts expect a takeover of Zorblatt soon.", "Zorblatt") == RuleID(.context, source: "deal"))
        #expect(rule("The Edmonton Sun said so.", "Edmonton Sun") == RuleID(.gazetteer, source: "city", qualifier: .media))
        #expect(rule("Officials of the State of Texas objected.", "State of Texas") == RuleID(.gazetteer, source: "region", qualifier: .polityOf))
        #expect(rule("Andy Warhol took photos. The Warhol Polaroids were shown.", "Warhol") == RuleID(.surnameOf, source: "Andy Warhol"))
    }

    @Test("a name found again by document consistency keeps the rule that found it first, marked as a repeat")
    func repeats() throws {
        let oracle = try #require(rule("Oracle Buys Sun\n\nOracle has announced a deal. Analysts said shares of Oracle rose.", "Oracle"))
        #expect(oracle == RuleID(.gazetteer, source: "tech", isRepeat: true))
        #expect(oracle.isGazetteerName)
    }

    @Test("an action's rule names its pattern and the links to its clause")
    func actionRules() {
        #expect(actionRules("Norway has invaded Sweden.") == [ActionRuleID(pattern: .svo)])
        let reported = actionRules("Exxon Mobil said it would exit Venezuela.")
        #expect(reported.map(\.pattern) == [.svo])
        #expect(reported.map { Array($0.path) } == [[.reported]])
        #expect(actionRules("Odesa was seized by Romania.") == [ActionRuleID(pattern: .passive)])
    }

    @Test("rules render as output shows them, and are read back from that text", arguments: [
        (RuleID(.gazetteer, source: "country"), "gazetteer:country"),
        (RuleID(.gazetteer, source: "tech", isRepeat: true), "consistency:gazetteer:tech"),
        (RuleID(.gazetteer, source: "region", qualifier: .polityOf), "polity-of+gazetteer:region"),
        (RuleID(.gazetteer, source: "geo", qualifier: .compass), "compass+gazetteer:geo"),
        (RuleID(.head, source: "organization", qualifier: .demonym), "demonym+head:organization"),
        (RuleID(.gazetteer, source: "city", qualifier: .facility, isRetyped: true), "gazetteer:city+facility+consistency"),
        (RuleID(.gazetteer, source: "city", qualifier: .district), "gazetteer:city+district"),
        (RuleID(.agencyField, source: "country"), "agency-field+country"),
        (RuleID(.titleName, isRetyped: true), "title+name+consistency"),
        (RuleID(.givenName, isRepeat: true), "consistency:given-name"),
        (RuleID(.acronymOf, source: "World Health Organisation"), "acronym-of:World Health Organisation"),
        (RuleID(.context, source: "company-noun"), "context:company-noun"),
    ])
    func mentionRuleText(rule: RuleID, text: String) {
        #expect(rule.description == text)
        #expect("[\(rule)]" == "[\(text)]")
        #expect(RuleID(text: text) == rule)
    }

    @Test("action rules render with their links in reading order, and are read back from that text", arguments: [
        (ActionRuleID(pattern: .verbNounApposition), "verb-noun-apposition"),
        (ActionRuleID(path: ClausePath(.relative).appending(.reported).appending(.participle), pattern: .verbNounPrep),
         "relative+reported+participle+verb-noun-prep"),
        (ActionRuleID(path: ClausePath(.additive).appending(ClausePath(.fronted)), pattern: .passivePrep), "additive+fronted+passive-prep"),
        (ActionRuleID(path: ClausePath(.where), pattern: .passivePrep), "where+passive-prep"),
    ])
    func actionRuleText(rule: ActionRuleID, text: String) {
        #expect(rule.description == text)
        #expect(ActionRuleID(text: text) == rule)
    }

    @Test("a clause path keeps its links in order")
    func clausePath() {
        var path = ClausePath()
        #expect(path.count == 0 && Array(path).isEmpty)
        for link: ClauseLink in [.fronted, .reported, .coordinated, .participle, .reported, .coordinated, .participle, .additive, .where] {
            path = path.appending(link)
        }
        #expect(path.count == 9)
        #expect(Array(path) == [.fronted, .reported, .coordinated, .participle, .reported, .coordinated, .participle, .additive, .where])
    }

    /// The canonical name resolution gives `Dmitry Kuleba` (one mention, decided by `rule`) and
    /// `Dmytro Kuleba` (two mentions after a title), which are one person.
    func canonicalName(dmitryRule rule: RuleID) throws -> String? {
        func mention(_ name: String) -> Mention {
            Mention(range: 0..<name.utf8.count, tokens: 0..<2, sentence: 0, type: .person, text: name, entity: name, rule: RuleID(.titleName))
        }
        var first = mention("Dmitry Kuleba")
        first.rule = rule
        let documents = [
            DocumentAnalysis(source: SourceText(name: "a", text: "Dmitry Kuleba"), tokens: [], sentences: [], mentions: [first]),
            DocumentAnalysis(source: SourceText(name: "b", text: "Dmytro Kuleba"), tokens: [], sentences: [],
                             mentions: [mention("Dmytro Kuleba"), mention("Dmytro Kuleba")]),
        ]
        let resolution = try EntityResolver.standard().resolve(documents)
        return resolution.entities.count == 1 ? resolution.entities[0].canonical : nil
    }

    @Test("resolution names an entity after a gazetteer's name, also one repeated by consistency, never after a facility or a prefixed place")
    func gazetteerCanonical() throws {
        #expect(try canonicalName(dmitryRule: RuleID(.titleName)) == "Dmytro Kuleba")
        #expect(try canonicalName(dmitryRule: RuleID(.gazetteer, source: "person")) == "Dmitry Kuleba")
        #expect(try canonicalName(dmitryRule: RuleID(.gazetteer, source: "person", isRepeat: true)) == "Dmitry Kuleba")
        #expect(try canonicalName(dmitryRule: RuleID(.gazetteer, source: "person", qualifier: .media)) == "Dmitry Kuleba")
        #expect(try canonicalName(dmitryRule: RuleID(.gazetteer, source: "city", qualifier: .facility)) == "Dmytro Kuleba")
        #expect(try canonicalName(dmitryRule: RuleID(.gazetteer, source: "region", qualifier: .compass)) == "Dmytro Kuleba")
    }
}
