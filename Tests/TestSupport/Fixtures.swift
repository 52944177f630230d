import Foundation
import NER

/// Paths and shared objects for the tests.
public enum Fixtures {
    /// The package's root folder.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the package: the sample corpus, the gold annotations and the scorer.
    public static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The sample corpus folder.
    public static let seeds = shared.appendingPathComponent("corpus/seeds")

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

    /// The recognizer with the built-in data, compiled once per test process.
    public static let recognizer: EntityRecognizer = {
        do {
            return try EntityRecognizer.standard()
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
