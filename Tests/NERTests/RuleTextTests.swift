import Foundation
import NER
import Testing
import TestSupport

/// Rules read back from their text (`RuleID(text:)`, `ActionRuleID(text:)`), as `ingest
/// --analyses` reads `extract --for-ingest` lines.
@Suite("Rule text")
struct RuleTextTests {
    @Test("every rule of the sample and dev corpora is read back from its text as the same rule")
    func corpora() throws {
        var mentions = 0, actions = 0
        for folder in [Fixtures.seeds, Fixtures.dev] {
            let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil).filter { $0.pathExtension == "txt" }
            for file in files {
                let analysis = Fixtures.recognizer.analyze(SourceText(name: file.path, text: try String(contentsOf: file, encoding: .utf8)))
                for mention in analysis.mentions {
                    #expect(RuleID(text: mention.rule.description) == mention.rule, "\(mention.rule)")
                    mentions += 1
                }
                for action in analysis.actions {
                    #expect(ActionRuleID(text: action.rule.description) == action.rule, "\(action.rule)")
                    actions += 1
                }
            }
        }
        #expect(mentions > 1000 && actions > 50)
    }

    @Test("text no rule renders as is refused", arguments: ["", "gazetteer", "name-shape:x", "compass+", "title+name+media+", "consistency:"])
    func refused(text: String) {
        #expect(RuleID(text: text) == nil)
    }

    @Test("action text with no pattern is refused", arguments: ["", "reported+", "svo+reported", "passive-pre"])
    func refusedActions(text: String) {
        #expect(ActionRuleID(text: text) == nil)
    }
}
