import Foundation
import Graph
import GRDB
import NER
import Testing
import TestSupport

/// A store made by an earlier graphtool is migrated in place without loss.
@Suite("migration")
struct MigrationTests {
    /// A copy of `Tests/Stores/NAME`, to migrate.
    func copy(_ name: String) throws -> String {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: Fixtures.stores.appendingPathComponent(name).path, toPath: path)
        return path
    }

    /// The rows of `sql`, each as text, sorted.
    func rows(_ db: Database, _ sql: String, _ arguments: StatementArguments = []) throws -> [String] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in row.databaseValues.map(\.description).joined(separator: "|") }.sorted()
    }

    /// The co-mention edges of `store` as `source|target|0|sentences|documents`, read from a
    /// node-link export of the whole graph.
    func exportedEdges(_ store: GraphStore) throws -> [String] {
        let output = ExportOutput(.memory)
        var query = ExportQuery()
        query.edges = .coMention
        try store.export(query, as: NodeLinkExporter(), to: output)
        try output.close()
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(output.written)) as? [String: Any])
        let links = try #require(graph["links"] as? [[String: Any]])
        return links.map { link in
            let end = { (key: String) in (link[key] as? String ?? "").dropFirst() }
            return "\(end("source"))|\(end("target"))|0|\(link["sentences"] ?? "")|\(link["documents"] ?? "")"
        }.sorted()
    }

    @Test("a v2 store of the sample corpus keeps its entities, edges, actions and documents")
    func seedsV2() throws {
        let path = try copy("seeds-v2.sqlite")
        let unchanged = [
            "SELECT id, name, key, type, mentions, documents, first_date, last_date FROM entities",
            "SELECT id, path, hash, title, date, bytes FROM documents",
            "SELECT entity_id, doc_id, surface, count, hex(spans) FROM mentions",
            "SELECT entity_id, name, key, count FROM aliases",
            "SELECT edge_id, doc_id, sentences, hex(spans) FROM evidence",
            "SELECT key, entity_id FROM name_keys",
        ]
        // Until v4 co-mention edges were rows of `edges` with ids of their own; since v6, packed runs per entity,
        // read here through an export of the whole graph.
        let edges = "SELECT source, target, kind, sentences, documents FROM "
        let before = try DatabaseQueue(path: path).read { db in
            (try unchanged.map { try rows(db, $0) },
             try rows(db, "SELECT id, predicate FROM edges WHERE kind = ?", [EdgeKind.action]),
             try rows(db, edges + "edges"))
        }
        #expect(before.1.contains { $0.hasSuffix("|\"not impose\"") })

        let texts = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT path, text FROM documents").map { (path: $0[0] as String, text: String(decoding: $0[1] as Data, as: UTF8.self)) }
        }
        let store = try GraphStore(path: path, mode: .write)
        // v7 compresses the text: it reads back as it was.
        #expect(texts.count == 5)
        for (path, text) in texts { #expect(try store.text(ofDocument: path) == text, "\(path)") }
        let after = try DatabaseQueue(path: path).read { db in
            (try unchanged.map { try rows(db, $0) },
             try rows(db, "SELECT id, CASE WHEN negated THEN 'not ' || predicate ELSE predicate END FROM edges WHERE kind = ?", [EdgeKind.action]),
             try rows(db, edges + "edges"))
        }
        let exported = try exportedEdges(store)
        for (query, (old, new)) in zip(unchanged, zip(before.0, after.0)) {
            #expect(old.count > 0, "\(query)")
            #expect(old == new, "\(query)")
        }
        #expect(after.1 == before.1)
        #expect((after.2 + exported).sorted() == before.2)
        let metadata = try DatabaseQueue(path: path).read { db in
            try rows(db, "SELECT count(*) FROM documents WHERE url IS NULL AND source IS NULL AND record_id IS NULL")
        }
        #expect(metadata == ["5"], "v4 adds the collection's metadata columns, empty for the stored text files")

        let china = try #require(try GraphFixtures.entity("China", in: store))
        let actions = try store.relations(of: china, { var query = RelationQuery(); query.predicate = "impose"; return query }())
        #expect(actions.map { "\($0.subject) \($0.action) \($0.object) \($0.negated)" } == ["China not impose Russia true"])
        var statistics = try store.statistics()
        statistics.sizeOnDisk = 0
        #expect(statistics.documents == 5 && statistics.entities == 94 && statistics.mentions == 366)
        #expect(statistics.edgesByKind == ["action": 35, "co-mention": 2490])
    }

    @Test("a migrated store finds what each document states without evidence's old index by document")
    func actionsByDocument() throws {
        let path = try copy("seeds-v2.sqlite")
        let evidence = "SELECT edge_id, doc_id, sentences, hex(spans) FROM evidence"
        let before = try DatabaseQueue(path: path).read { db in try rows(db, evidence) }
        let store = try GraphStore(path: path, mode: .write)
        let indexes = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'evidence'") }
        #expect(indexes == ["evidence"], "the table, with no index beside it")

        // Over the dated documents, an entity's action edges count what their evidence rows in those documents hold.
        let russia = try #require(try GraphFixtures.entity("Russia", in: store))
        var actions = NeighborQuery()
        actions.edges = .action
        actions.limit = 1000
        actions.documents = DocumentFilter(since: "1900-01-01")
        let dated = try store.neighbors(of: russia, actions)
        let counted = try DatabaseQueue(path: path).read { db in
            try Row.fetchOne(db, sql: """
                SELECT count(*), sum(v.sentences) FROM evidence v JOIN edges g ON g.id = v.edge_id JOIN documents d ON d.id = v.doc_id
                WHERE (g.source = ?1 OR g.target = ?1) AND g.source != g.target AND d.date >= '1900-01-01'
                """, arguments: [russia.id])!
        }
        #expect((counted[0] as Int) > 0)
        #expect(dated.reduce(0) { $0 + $1.documents } == counted[0])
        #expect(dated.reduce(0) { $0 + $1.sentences } == counted[1])

        // Removing a document takes out its evidence rows, and only those.
        let document = try DatabaseQueue(path: path).read { db in
            try Row.fetchOne(db, sql: "SELECT d.id, d.path FROM documents d WHERE d.id IN (SELECT doc_id FROM evidence) ORDER BY d.id LIMIT 1")!
        }
        let id: Int64 = document[0]
        #expect(try store.remove([.path(document[1])]).removed.count == 1)
        let after = try DatabaseQueue(path: path).read { db in try rows(db, evidence) }
        #expect(after == before.filter { $0.split(separator: "|")[1] != "\(id)" })
        #expect(after.count < before.count)
    }

    @Test("the migrated store takes new documents: the sample corpus again is unchanged")
    func ingestAfterMigration() throws {
        let store = try GraphStore(path: try copy("seeds-v2.sqlite"), mode: .write)
        let before = try store.statistics()
        let report = try store.ingest(try GraphFixtures.seeds(), resolve: GraphFixtures.identity)
        // Stored under this checkout's paths, or another's: unchanged or duplicates, never new.
        #expect(report.added == 0 && report.replaced == 0 && report.unchanged + report.duplicates == 5)
        #expect(try store.statistics().entities == before.entities)
    }
}
