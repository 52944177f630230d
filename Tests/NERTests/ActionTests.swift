import NER
import Testing
import TestSupport

/// Each action pattern and each guard, on small texts.
@Suite("Action extraction")
struct ActionTests {
    struct Found: Equatable, CustomStringConvertible {
        var subject: String
        var predicate: String
        var object: String
        var negated = false
        var description: String { "\(subject) \(negated ? "NOT " : "")\(predicate) \(object)" }
    }

    func found(_ text: String) -> [Found] {
        let analysis = Fixtures.recognizer.analyze(SourceText(name: "t", text: text))
        return analysis.actions.map {
            Found(subject: analysis.mentions[$0.subject].entity, predicate: $0.predicate,
                  object: analysis.mentions[$0.object].entity, negated: $0.negated)
        }
    }

    /// The text of each action's rule, as output shows it.
    func rules(_ text: String) -> [String] {
        Fixtures.recognizer.analyze(SourceText(name: "t", text: text)).actions.map(\.rule.description)
    }

    @Test("subject, verb and object, through auxiliaries, modals and adverbs")
    func subjectVerbObject() {
        #expect(found("Norway has invaded Sweden.") == [Found(subject: "Norway", predicate: "invade", object: "Sweden")])
        #expect(found("Norway will also reportedly invade Sweden.") == [Found(subject: "Norway", predicate: "invade", object: "Sweden")])
        #expect(found("Peru seized Bolivia on Monday.") == [Found(subject: "Peru", predicate: "seize", object: "Bolivia")])
        #expect(rules("Norway has invaded Sweden.") == ["svo"])
    }

    @Test("irregular verb forms give their lemma")
    func lemmas() {
        #expect(found("Chile took Lima.").map(\.predicate) == ["take"])
        #expect(found("Toyota has left Argentina.").map(\.predicate) == ["leave"])
    }

    @Test("a verb with a preposition or a particle, and a noun phrase before the preposition")
    func prepositions() {
        #expect(found("The European Union called on Serbia to act.") == [Found(subject: "European Union", predicate: "call on", object: "Serbia")])
        #expect(found("Renault pulled out of Egypt.") == [Found(subject: "Renault", predicate: "pull out", object: "Egypt")])
        #expect(found("Japan imposed sanctions on Iran.") == [Found(subject: "Japan", predicate: "impose", object: "Iran")])
        #expect(rules("Japan imposed sanctions on Iran.") == ["verb-noun-prep"])
        #expect(rules("Filippo Grandi wrote on Twitter.") == ["verb-prep"])
    }

    @Test("a later argument wins over a place inside the noun phrase")
    func laterArgument() {
        #expect(found("Peru will refer the situation in Chile to the International Criminal Court.")
                == [Found(subject: "Peru", predicate: "refer", object: "International Criminal Court")])
    }

    @Test("a reported action whose pronoun repeats the reporting subject")
    func reported() {
        #expect(found("Exxon Mobil said it would exit Venezuela.") == [Found(subject: "Exxon Mobil", predicate: "exit", object: "Venezuela")])
        #expect(found("Ikea says it is closing its stores in Mexico.") == [Found(subject: "Ikea", predicate: "close", object: "Mexico")])
        #expect(rules("Exxon Mobil said it would exit Venezuela.") == ["reported+svo"])
    }

    @Test("the pronoun must agree with the reporting subject")
    func pronounAgreement() {
        #expect(found("Exxon Mobil said he would exit Venezuela.").isEmpty)
    }

    @Test("coordinated subjects and objects give one action each")
    func coordination() {
        #expect(found("Airbus and Boeing said they would leave Peru.") == [
            Found(subject: "Airbus", predicate: "leave", object: "Peru"), Found(subject: "Boeing", predicate: "leave", object: "Peru"),
        ])
        #expect(found("The White House announced sanctions against Iran and Syria.") == [
            Found(subject: "White House", predicate: "announce", object: "Iran"),
            Found(subject: "White House", predicate: "announce", object: "Syria"),
        ])
    }

    @Test("a passive with its agent")
    func passive() {
        #expect(found("Odesa was seized by Romania.") == [Found(subject: "Romania", predicate: "seize", object: "Odesa")])
        #expect(rules("Odesa was seized by Romania.") == ["passive"])
        #expect(found("Odesa was seized in March.").isEmpty)
    }

    @Test("negation marks the action")
    func negation() {
        #expect(found("India would not impose financial sanctions on Iran.")
                == [Found(subject: "India", predicate: "impose", object: "Iran", negated: true)])
        #expect(found("Brazil didn't attack Chile.") == [Found(subject: "Brazil", predicate: "attack", object: "Chile", negated: true)])
    }

    @Test("to-chains take the later verb; a gerund keeps the first")
    func chains() {
        #expect(found("Volkswagen decided to halt its business in Peru.").map(\.predicate) == ["halt"])
        #expect(found("Apple stopped selling phones in Chile.").map(\.predicate) == ["stop"])
    }

    @Test("a demand gives its addressee, never the demanded action")
    func mandate() {
        #expect(found("The UN General Assembly voted to demand that Serbia stop its offensive against Kosovo.")
                == [Found(subject: "UN General Assembly", predicate: "demand", object: "Serbia")])
        #expect(found("Ukraine insisted that Russia's losses were greater.").isEmpty)
    }

    @Test("participle clauses and coordinated verbs keep the subject")
    func continuations() {
        #expect(found("Exxon Mobil said it would exit Venezuela, joining Shell and BP.") == [
            Found(subject: "Exxon Mobil", predicate: "exit", object: "Venezuela"),
            Found(subject: "Exxon Mobil", predicate: "join", object: "Shell"),
            Found(subject: "Exxon Mobil", predicate: "join", object: "BP"),
        ])
        #expect(found("NATO condemned the attack and called on Serbia to withdraw.") == [Found(subject: "NATO", predicate: "call on", object: "Serbia")])
    }

    @Test("a relative clause acts for the name before it")
    func relative() {
        #expect(found("Skoda Auto, which is halting all exports to Peru, said so.") == [Found(subject: "Skoda", predicate: "halt", object: "Peru")])
    }

    @Test("questions, conditionals and speculation give nothing")
    func hypotheticals() {
        #expect(found("Will Norway invade Sweden?").isEmpty)
        #expect(found("If Norway invades Sweden, talks end.").isEmpty)
        #expect(found("Reporters asked whether Canada would ban Iran.").isEmpty)
        #expect(found("Norway could invade Sweden.").isEmpty)
    }

    @Test("a scan never crosses a quotation, but crosses quotes around a word")
    func quotes() {
        #expect(found("Germany condemned “the brutal and unprovoked attack” on Serbia.").isEmpty)
        #expect(found("Peru had “derailed” Chile's plan.") == [Found(subject: "Peru", predicate: "derail", object: "Chile")])
    }

    @Test("coordinated subjects of a symmetric verb are not each other's objects")
    func symmetric() {
        #expect(found("Norway and Sweden met in Denmark.").isEmpty)
        #expect(found("Norway met with Sweden in Denmark.") == [Found(subject: "Norway", predicate: "meet", object: "Sweden")])
    }

    @Test("subjects after a preposition or a verb, and possessors, are not subjects")
    func subjectGuards() {
        #expect(found("Officials in Peru said Chile attacked Bolivia.") == [Found(subject: "Chile", predicate: "attack", object: "Bolivia")])
        #expect(found("Russia's army attacked Kyiv.").isEmpty)
        #expect(found("A blast between the Oslo Grand Hotel and Harbour Square took place in Norway.").isEmpty)
        #expect(found("A spokeswoman quoted by Reuters denied Iran's claim.").isEmpty)
    }

    @Test("no action from copulas, saying, clause subjects or places where something was said")
    func nonActions() {
        #expect(found("Minsk is an extension of the Kremlin.").isEmpty)
        #expect(found("Poland announced Germany would pay.").isEmpty)
        #expect(found("Sergey Lavrov told reporters in Moscow that talks would go on.").isEmpty)
        #expect(found("Lavrov said in Moscow that Peru was ready.").isEmpty)
    }

    @Test("actions can be turned off")
    func off() {
        var recognizer = Fixtures.recognizer
        recognizer.extractsActions = false
        #expect(recognizer.analyze(SourceText(name: "t", text: "Norway has invaded Sweden.")).actions.isEmpty)
    }
}
