import Foundation
import Graph
import NER
import PostgresStore
import Testing
import TestSupport

/// Where a store test keeps its store: a SQLite file, or a database of its own on the PostgreSQL
/// server the tests start with `Scripts/postgres.sh`. When that server cannot start, each test
/// of the PostgreSQL backend fails with the script's message saying why.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// A new, empty store.
    func store() throws -> any GraphStorage {
        switch self {
        case .sqlite: try GraphFixtures.store()
        case .postgres:
            try PostgresGraphStore(url: PostgresServer.database("store_" + UUID().uuidString.lowercased().filter(\.isHexDigit)), mode: .write)
        }
    }

    /// A new store holding `texts`, one document each, named `doc0.txt`, `doc1.txt`… in order and
    /// ingested in one batch.
    func store(holding texts: String...) throws -> any GraphStorage {
        let store = try store()
        try store.add(texts.enumerated().map { GraphFixtures.document("doc\($0.offset).txt", $0.element) })
        return store
    }
}

extension GraphStorage {
    /// Ingests `documents` in one batch, resolved by `resolve` (the resolver's own by default),
    /// with the default alias rules.
    @discardableResult
    func add(_ documents: [IngestDocument], resolve: GraphStore.Resolve = GraphFixtures.identity) throws -> IngestReport {
        try ingest(documents, resolve: resolve, aliases: AliasRules())
    }
}
