import Foundation
import Graph
import NER
import Testing

/// Co-mention and action edges are kept as runs per entity, merged once an entity has many:
/// however the documents are batched, added or taken out, the edges are those of one batch of
/// the same documents.
@Suite("edge runs")
struct CoMentionRunsTests {
    /// Twelve short reports that all name Kyiv and Moscow, each with one more city and person,
    /// who criticised the next report's person.
    static let reports: [IngestDocument] = {
        let (cities, people) = (GraphFixtures.cities, GraphFixtures.people)
        return cities.indices.map { i in
            GraphFixtures.document("report-\(i).txt", """
                Report \(i)
                \(people[i]) spoke about Kyiv and Moscow in \(cities[i]).

                Later \(people[i]) flew from \(cities[i]) to Kyiv. \(people[i]) criticised \(people[(i + 1) % people.count]) on Tuesday.
                """)
        }
    }()

    /// What a store holds, as text: its counts, each entity's degree and edges with their actions,
    /// directions and weights, and its relations.
    static func contents(_ store: GraphStore) throws -> [String] {
        let statistics = try store.statistics()
        var lines = ["\(statistics.documents) documents, \(statistics.entities) entities, \(statistics.mentions) mentions, "
                     + "\(statistics.aliases) aliases, \(statistics.evidence) evidence rows, edges \(statistics.edgesByKind.sorted { $0.key < $1.key })"]
        for ranked in try store.entities(top: 1_000) {
            lines.append("\(ranked.entity.name) degree \(ranked.degree)")
            var query = NeighborQuery()
            query.limit = 1_000
            lines += try store.neighbors(of: ranked.entity, query).map {
                ["\(ranked.entity.name) - \($0.entity.name)", $0.kind.rawValue, $0.action ?? "", $0.direction?.rawValue ?? "", "\($0.sentences)+\($0.documents)"]
                    .filter { !$0.isEmpty }.joined(separator: " ")
            }
            var relations = RelationQuery()
            relations.evidence = 0
            // Relations of equal weight come in the order their edges were first stored, which batching changes.
            lines += try store.relations(of: ranked.entity, relations).map { "\($0.subject) \($0.action) \($0.object) \($0.sentences)+\($0.documents)" }.sorted()
        }
        return lines
    }

    @Test("one document a batch, through merges of runs and merges of merged runs, equals one batch")
    func batches() throws {
        let once = try GraphFixtures.store()
        _ = try once.ingest(Self.reports, resolve: GraphFixtures.identity)
        let apart = try GraphFixtures.store()
        // Twenty batches for Kyiv's runs: merged in fours, and the merged ones again at the sixteenth.
        for report in Self.reports { _ = try apart.ingest([report], resolve: GraphFixtures.identity) }
        for report in Self.reports.prefix(4) { _ = try apart.remove([.path(report.path)]) }
        for report in Self.reports.prefix(4) { _ = try apart.ingest([report], resolve: GraphFixtures.identity) }
        let expected = try Self.contents(once)
        #expect(expected.contains("Kyiv - Moscow co-mention 12+12"))
        #expect(expected.contains("Olaf Scholz - Emmanuel Macron action criticise out 1+1"))
        #expect(expected.contains("Olaf Scholz criticise Emmanuel Macron 1+1"))
        #expect(try Self.contents(apart) == expected)
    }

    @Test("documents taken out after many batches leave the store of the others")
    func removal() throws {
        let store = try GraphFixtures.store()
        for report in Self.reports { _ = try store.ingest([report], resolve: GraphFixtures.identity) }
        let removed = try store.remove(Self.reports.prefix(3).map { DocumentName.path($0.path) })
        #expect(removed.removed.count == 3)
        let rest = try GraphFixtures.store()
        _ = try rest.ingest(Array(Self.reports.dropFirst(3)), resolve: GraphFixtures.identity)
        let expected = try Self.contents(rest)
        #expect(expected.contains("Kyiv - Moscow co-mention 9+9"))
        #expect(try Self.contents(store) == expected)
        _ = try store.ingest(Array(Self.reports.prefix(3)), resolve: GraphFixtures.identity)
        let all = try GraphFixtures.store()
        _ = try all.ingest(Self.reports, resolve: GraphFixtures.identity)
        #expect(try Self.contents(store) == Self.contents(all))
    }

    @Test("removals and additions in many batches, in any order, leave the store of the documents kept")
    func interleaved() throws {
        let store = try GraphFixtures.store()
        let reports = Self.reports
        for report in reports { _ = try store.ingest([report], resolve: GraphFixtures.identity) }
        _ = try store.remove([0, 5, 7].map { DocumentName.path(reports[$0].path) })
        _ = try store.ingest([reports[5]], resolve: GraphFixtures.identity)
        _ = try store.remove([1, 2, 11].map { DocumentName.path(reports[$0].path) })
        for i in [0, 1] { _ = try store.ingest([reports[i]], resolve: GraphFixtures.identity) }
        let kept = try GraphFixtures.store()
        _ = try kept.ingest([0, 1, 3, 4, 5, 6, 8, 9, 10].map { reports[$0] }, resolve: GraphFixtures.identity)
        #expect(try Self.contents(store) == Self.contents(kept))
    }

    @Test("removals one after another, merged with each other but not with the batch they take from")
    func removals() throws {
        let store = try GraphFixtures.store()
        _ = try store.ingest(Self.reports, resolve: GraphFixtures.identity)
        for i in [2, 6, 9] { _ = try store.remove([DocumentName.path(Self.reports[i].path)]) }
        let kept = try GraphFixtures.store()
        _ = try kept.ingest(Self.reports.indices.filter { ![2, 6, 9].contains($0) }.map { Self.reports[$0] }, resolve: GraphFixtures.identity)
        #expect(try Self.contents(store) == Self.contents(kept))
    }
}
