import Foundation
import Testing
import TestSupport

/// `graphtool extract --explain` on actions, through the built binary: each action with its rule and
/// each candidate clause between names that gave none, with the reason.
@Suite("extract --explain on actions")
struct ExplainActionsCommandTests {
    /// The lines of the `actions` block of the text output for `input`.
    func actionLines(_ input: String, _ extra: [String] = []) throws -> [String] {
        let result = try run(Fixtures.graphtool, ["extract", "-"] + extra, input: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(of: "  actions") else { return [] }
        return lines[(start + 1)...].prefix { $0.hasPrefix("    ") }.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test("actions are listed with their rules, and dropped clauses with their reasons, sentence by sentence")
    func explained() throws {
        let text = "Exxon Mobil said it would not exit Venezuela. France captain Fabien Pelous scored twice. "
            + "England mentor Gareth Southgate resigned. Exxon Mobil filed for bankruptcy in Houston. Did Norway invade Sweden?"
        #expect(try actionLines(text, ["--explain"]) == [
            "Exxon Mobil —not exit→ Venezuela [reported+svo]",
            "dropped: \"captain\" between France and Fabien Pelous is a noun (more often a noun than a verb)",
            "dropped: \"mentor\" between England and Gareth Southgate is a noun (role noun)",
            "dropped: \"in Houston\" is an adjunct of file",
            "dropped: \"Did Norway invade Sweden?\" is a question",
        ])
    }

    @Test("without --explain there is no actions block")
    func quiet() throws {
        #expect(try actionLines("Norway has invaded Sweden.").isEmpty)
    }
}
