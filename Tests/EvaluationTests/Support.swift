import Foundation
import TestSupport

/// The committed test data of the evaluation tests.
enum EvaluationData {
    /// `Tests/EvaluationTests/Data`.
    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/EvaluationTests/Data")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}
