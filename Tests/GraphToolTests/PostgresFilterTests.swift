import Foundation
import Testing
import TestSupport

/// `--since`, `--until` and `--source` on a PostgreSQL store: the answers of a SQLite store
/// ingested from the same files, for every query that takes them.
extension PostgresStoreTests {
    /// Three articles of two outlets and one of none, dated apart from the sample corpora.
    static let outlets = """
        {"id": "w1", "title": "Talks", "text": "Russia and Ukraine held talks in Belarus. Zelensky said Russia must withdraw its troops. Biden met Zelensky in Kyiv.", "date": "2022-03-05", "url": "https://example.org/w1", "source": "Example News"}
        {"id": "w2", "title": "Sanctions", "text": "Biden announced sanctions on Russia. Putin criticized Biden. Ukraine thanked the United States.", "date": "2022-02-20", "url": "https://example.org/w2", "source": "Other Wire"}
        {"id": "w3", "title": "Undated", "text": "Zelensky met Biden in Warsaw. Russia attacked Kharkiv.", "url": "https://example.org/w3"}

        """

    /// The filtered queries compared between stores.
    static let filtered: [[String]] = [
        ["neighbors", "Russia", "--since", "2022-03-01", "--limit", "50", "--evidence"], ["neighbors", "Ukraine", "--until", "2022-02-28", "--evidence"],
        ["neighbors", "Zelensky", "--depth", "2", "--since", "2022-01-01", "--limit", "40"], ["neighbors", "Russia", "--source", "example NEWS", "--evidence"],
        ["neighbors", "Biden", "--kind", "action", "--since", "2022-02-01", "--until", "2022-03-10", "--evidence"],
        ["lookup", "Russia", "--since", "2022-03-02"], ["lookup", "Zelensky", "--source", "Other Wire"], ["lookup", "Kuleba", "--until", "2022-03-01"],
        ["relations", "Russia", "--since", "2022-03-01"], ["relations", "Biden", "--source", "other wire"],
        ["path", "Zelensky", "Biden", "--since", "2022-03-01"], ["path", "Putin", "Kyiv", "--source", "Example News"],
    ]

    @Test("--since, --until and --source answer on PostgreSQL as on SQLite")
    func sameFilteredAnswers() throws {
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let wire = dir.appendingPathComponent("wire.jsonl")
        try Self.outlets.write(to: wire, atomically: true, encoding: .utf8)
        let stores = try Self.ingested("same_filtered", with: [wire], in: dir)
        for query in Self.filtered {
            let answers = try stores.map { try Self.answer(query + ["--json", "--db", $0]) }
            #expect(answers[0] == answers[1], "graphtool \(query.joined(separator: " ")) differs")
        }
        let everything = try Self.answer(["neighbors", "Russia", "--json", "--db", stores[1]])
        let outlet = try Self.answer(["neighbors", "Russia", "--source", "example news", "--json", "--db", stores[1]])
        #expect(outlet != everything && outlet.contains("Belarus") && !outlet.contains("Putin"), "\(outlet)")
    }
}
