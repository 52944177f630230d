import NewsCollections
import Foundation

/// The fixture files of these tests, and what reading them gives.
enum Fixture {
    /// `Tests/CollectionsTests/Fixtures`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The path of the fixture `name`.
    static func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    /// Everything reading `path` yields, split into records and problems.
    static func read(_ path: String, format: InputFormat? = nil, mapping: FieldMapping = FieldMapping(),
                     maxRecordBytes: Int = 64_000_000) -> (records: [InputRecord], problems: [RecordProblem]) {
        var records: [InputRecord] = [], problems: [RecordProblem] = []
        for result in CollectionReader(path: path, format: format, mapping: mapping, maxRecordBytes: maxRecordBytes) {
            switch result {
            case .success(let record): records.append(record)
            case .failure(let problem): problems.append(problem)
            }
        }
        return (records, problems)
    }

    /// The path of a new file `name` holding `content`, in a new folder under the system's temporary folder.
    static func write(_ content: some DataProtocol, as name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("collections-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(content).write(to: file)
        return file.path
    }
}
