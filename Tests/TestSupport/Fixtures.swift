import Foundation
import NER

/// Paths and shared objects for the tests.
public enum Fixtures {
    /// The package's root folder.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Samples/`: the sample corpora and their gold annotations.
    public static let samples = packageRoot.appendingPathComponent("Samples")

    /// The sample corpus folder (the demo corpus).
    public static let seeds = samples.appendingPathComponent("seeds")

    /// The development corpus folder (Wikinews articles).
    public static let dev = samples.appendingPathComponent("dev")

    /// The gold annotations of the sample corpora (`seeds.jsonl`, `dev.jsonl`).
    public static let gold = samples.appendingPathComponent("gold")

    /// Stores made by earlier versions of graphtool, for the migration tests (`Tests/Stores/README.md`).
    public static let stores = packageRoot.appendingPathComponent("Tests/Stores")

    /// The XML schemas that exports are validated against.
    public static let schemas = packageRoot.appendingPathComponent("Tests/Schemas")

    /// The folder holding the built products: the nearest folder above the test binary that has `graphtool`.
    public static var productsDirectory: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.pathComponents.count > 1, !FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("graphtool").path) {
            url.deleteLastPathComponent()
        }
        return url
    }

    /// The built `graphtool` executable.
    public static var graphtool: URL { productsDirectory.appendingPathComponent("graphtool") }

    /// The recognizer with the built-in data, compiled once per test process (``TestCache``).
    public static let recognizer: EntityRecognizer = {
        do {
            return try EntityRecognizer.standard(cache: TestCache.lexicons)
        } catch {
            fatalError("cannot load graphtool's data: \(error)")
        }
    }()

    /// A fresh empty temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("graphtool-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
