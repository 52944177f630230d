import Collections
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

    /// A new empty folder, under the system's temporary folder, for the files a test writes.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("collections-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
