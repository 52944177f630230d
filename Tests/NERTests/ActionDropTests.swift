import NER
import Testing
import TestSupport

/// Why candidate clauses give no action (``ActionDrop``), recorded only when the recognizer explains.
@Suite("Action drops")
struct ActionDropTests {
    func drops(_ text: String, explaining: Bool = true) -> [ActionDrop.Reason] {
        var recognizer = Fixtures.recognizer
        recognizer.explainsActions = explaining
        return recognizer.analyze(SourceText(name: "t", text: text)).droppedActions.map(\.reason)
    }

    @Test("nothing is recorded unless the recognizer explains")
    func off() {
        #expect(drops("Yukos filed for bankruptcy in Houston.", explaining: false).isEmpty)
    }

    @Test("each guard says why it dropped the clause")
    func reasons() {
        #expect(drops("England mentor Gareth Southgate resigned.") == [.noun(rule: .roleNoun)])
        #expect(drops("Exxon Mobil filed for bankruptcy in Houston.") == [.adjunct(verb: "file")])
        #expect(drops("Peru hosted U.S.-based Chile.") == [.modifier(verb: "host")])
        #expect(drops("Whitmore stated Montalvo left.") == [.clauseSubject(verb: "state")])
        #expect(drops("Norway scored from Erling Haaland's pass.") == [.possessor(verb: "score")])
        #expect(drops("Norway and Sweden met with Denmark.") == [.symmetric(verb: "meet")])
        #expect(drops("Norway might invade Sweden.") == [.hypothetical])
        #expect(drops("Did Norway invade Sweden?") == [.question])
    }

    @Test("a drop names the clause's subject, the next mention and the words")
    func fields() throws {
        var recognizer = Fixtures.recognizer
        recognizer.explainsActions = true
        let analysis = recognizer.analyze(SourceText(name: "t", text: "Ça va. France captain Fabien Pelous scored."))
        let drop = try #require(analysis.droppedActions.first)
        #expect(drop.sentence == 1)
        #expect(drop.words == "captain")
        #expect(analysis.mentions[drop.subject].text == "France")
        #expect(drop.object.map { analysis.mentions[$0].text } == "Fabien Pelous")
    }
}
