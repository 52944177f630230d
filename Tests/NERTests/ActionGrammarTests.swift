import NER
import Testing
import TestSupport

/// Part-of-speech decisions, verb frames, apposition and subject positions in action extraction,
/// one test per rule family and per error class seen on other news.
@Suite("Action grammar")
struct ActionGrammarTests {
    /// `subject predicate object [rule]` for each action of `text`.
    func actions(_ text: String) -> [String] {
        let analysis = Fixtures.recognizer.analyze(SourceText(name: "t", text: text))
        return analysis.actions.map {
            "\(analysis.mentions[$0.subject].entity) \($0.predicate) \(analysis.mentions[$0.object].entity) [\($0.rule)]"
        }
    }

    @Test("a noun between two names is no verb: role nouns and words more often nouns than verbs")
    func nounsBetweenNames() {
        #expect(actions("France captain Fabien Pelous scored twice.").isEmpty)
        #expect(actions("Wigan chairman Maurice Lindsay resigned.").isEmpty)
        #expect(actions("Scotland coach Matt Williams named his team.").isEmpty)
        #expect(actions("The show aired on BBC radio Scotland.").isEmpty)
        #expect(actions("He attended the EU summit in Brussels.").isEmpty)
    }

    @Test("after an auxiliary or `to` the same words are verbs")
    func verbsAfterAuxiliaries() {
        #expect(actions("Sweden will host Norway.") == ["Sweden host Norway [svo]"])
        #expect(actions("Peru decided to head Chile.") == ["Peru head Chile [svo]"])
        #expect(actions("Chelsea beat Arsenal.") == ["Chelsea beat Arsenal [svo]"])
    }

    @Test("a capitalized word inside a sentence is part of a name, except in a headline")
    func capitalized() {
        #expect(actions("Categories: Canada Published North America Politics and conflicts.").isEmpty)
        #expect(actions("Norway Invades Sweden") == ["Norway invade Sweden [svo]"])
    }

    @Test("a name after an article or a possessive modifies a noun and is no subject")
    func premodifiers() {
        #expect(actions("Critics praised an Andy Warhol exhibit at Columbia University.").isEmpty)
        #expect(actions("Peru said its Toyota plant supplies Chile.").isEmpty)
    }

    @Test("places and times after a verb without that preposition in its frame are adjuncts")
    func adjuncts() {
        #expect(actions("Yukos filed for bankruptcy in Houston.").isEmpty)
        #expect(actions("Belgium started the game with Eden Hazard.").isEmpty)
        #expect(actions("Gazprom signed the deal in Moscow on Monday.").isEmpty)
    }

    @Test("verb frames: prepositions that bring objects")
    func frames() {
        #expect(actions("Japan imposed sanctions on Iran.") == ["Japan impose Iran [verb-noun-prep]"])
        #expect(actions("Tunisia lost 1 – 2 to England.") == ["Tunisia lose England [verb-noun-prep]"])
        #expect(actions("Roman Abramovich sold the club to Jim Ratcliffe.") == ["Roman Abramovich sell Jim Ratcliffe [verb-noun-prep]"])
        #expect(actions("Norway met with Sweden.") == ["Norway meet Sweden [verb-prep]"])
        #expect(actions("Exxon Mobil will invest in Brazil.") == ["Exxon Mobil invest Brazil [verb-prep]"])
        #expect(actions("Chao taught mathematics at Harvard University.") == ["Chao teach Harvard University [verb-noun-prep]"])
    }

    @Test("noun frames: the object noun takes the preposition")
    func nounFrames() {
        #expect(actions("Russia intensified attacks on Kyiv.") == ["Russia intensify Kyiv [verb-noun-prep]"])
        #expect(actions("Renault halted production in Iran.") == ["Renault halt Iran [verb-noun-prep]"])
        #expect(actions("Peru held talks with Chile.") == ["Peru hold Chile [verb-noun-prep]"])
    }

    @Test("a mention after an adjunct preposition is passed over for a later argument")
    func laterArgument() {
        #expect(actions("Peru will refer the situation in Chile to the International Criminal Court.")
                == ["Peru refer International Criminal Court [verb-noun-prep]"])
    }

    @Test("business and politics verbs and phrasal verbs")
    func commonVerbs() {
        #expect(actions("Google acquired YouTube.") == ["Google acquire YouTube [svo]"])
        #expect(actions("Vodafone will take over Siemens.") == ["Vodafone take over Siemens [svo]"])
        #expect(actions("Oracle sued Google.") == ["Oracle sue Google [svo]"])
        #expect(actions("Tony Blair backed Gordon Brown.") == ["Tony Blair back Gordon Brown [svo]"])
        #expect(actions("Roy Keane quit Manchester United.") == ["Roy Keane quit Manchester United [svo]"])
        #expect(actions("Boeing paid Airbus.") == ["Boeing pay Airbus [svo]"])
    }

    @Test("a name that modifies a noun or starts a clause is no object")
    func objectGuards() {
        #expect(actions("Apple acquired the London-based startup.").isEmpty)
        #expect(actions("Tulsa breaks the Oklahoma stereotype.").isEmpty)
        #expect(actions("Whitmore stated Montalvo left the company.").isEmpty)
        #expect(actions("Roman Abramovich sold the Chelsea soccer club.") == ["Roman Abramovich sell Chelsea [svo]"])
    }

    @Test("apposition, absolute clauses and affiliations")
    func subjects() {
        #expect(actions("Duke University, located in Durham, has a museum.") == ["Duke University locate Durham [apposition+verb-prep]"])
        #expect(actions("Voters turned out, with Ireland defeating Wales.") == ["Ireland defeat Wales [absolute+svo]"])
        #expect(actions("Mark Jones of Fiat was replaced by Paolo Rossi.") == ["Paolo Rossi replace Mark Jones [passive]"])
    }

    @Test("a reduced relative with its agent gives no action to the name before it")
    func reducedRelative() {
        #expect(actions("The paintings of Andy Warhol donated to Yale University by Paul Mellon were shown.").isEmpty)
        #expect(actions("Odesa was taken by 300 troops by Romania.") == ["Romania take Odesa [passive]"])
    }
}

/// The part-of-speech frequency format of the lexicon.
@Suite("Tag TSV")
struct TagSourceTests {
    @Test("a word whose noun and adjective frequencies outweigh its verb frequency is noun-first")
    func nounFirst() throws {
        let records = try LexiconSource.tags("# c\nword\tnoun\tverb\tadjective\ncaptain\t52\t1\t0\nmeet\t4\t237\t0\n", file: "t.tsv")
        #expect(records.map(\.key) == ["captain"])
        #expect(records.map(\.classes) == [.nounFirst])
    }

    @Test("a malformed line is reported with its file and line")
    func malformed() {
        #expect(throws: LexiconError.malformedLine(file: "t.tsv", line: 2, text: "captain\tmany\t1\t0",
                                                   problem: "expected word<TAB>noun<TAB>verb<TAB>adjective, the last three counts")) {
            try LexiconSource.tags("word\tnoun\tverb\tadjective\ncaptain\tmany\t1\t0\n", file: "t.tsv")
        }
    }
}
