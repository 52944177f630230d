import Foundation
import Graph
import NER
import TestSupport

/// Small stores built from texts written for the tests.
enum GraphFixtures {
    static let identity: GraphStore.Resolve = { documents, known in EntityResolver().resolve(documents, known: known) }

    static func store() throws -> GraphStore {
        try GraphStore(path: Fixtures.temporaryDirectory().appendingPathComponent("graph.sqlite").path, mode: .write)
    }

    static func document(_ path: String, _ text: String) -> IngestDocument {
        IngestDocument(path: path, analysis: Fixtures.recognizer.analyze(SourceText(name: path, utf8: Array(text.utf8))))
    }

    static func seeds() throws -> [IngestDocument] {
        try FileManager.default.contentsOfDirectory(atPath: Fixtures.seeds.path).filter { $0.hasSuffix(".txt") }.sorted().map { name in
            let url = Fixtures.seeds.appendingPathComponent(name)
            return IngestDocument(path: url.path, analysis: Fixtures.recognizer.analyze(SourceText(name: name, utf8: Array(try Data(contentsOf: url)))))
        }
    }

    static func entity(_ name: String, in store: any GraphStorage) throws -> GraphEntity? {
        if case .found(let entity) = try store.lookup(name, type: nil, knownAs: { _ in nil }) { return entity }
        return nil
    }

    /// Twelve cities and twelve people the gazetteers know, for generated reports.
    static let cities = ["Minsk", "Warsaw", "Berlin", "Paris", "London", "Vienna", "Prague", "Riga", "Vilnius", "Tallinn", "Budapest", "Rome"]
    static let people = ["Olaf Scholz", "Emmanuel Macron", "Boris Johnson", "Joe Biden", "Antony Blinken", "Jens Stoltenberg",
                         "Sergei Lavrov", "Dmytro Kuleba", "Volodymyr Zelensky", "Vladimir Putin", "Mario Draghi", "Andrzej Duda"]

    static let talks = """
        Talks in Minsk
        date 2022-03-03
        Dmytro Kuleba met Sergei Lavrov in Minsk. Kuleba said Ukraine would not give up.

        Lavrov later flew to Moscow.
        """
}
