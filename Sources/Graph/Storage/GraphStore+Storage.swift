import Foundation

extension GraphStore: GraphStorage {
    /// Size and modification time of the store file and its write-ahead log (which a running
    /// ingest writes).
    public func revision() -> String {
        [path, path + "-wal"].map { file in
            let attributes = (try? FileManager.default.attributesOfItem(atPath: file)) ?? [:]
            return "\(attributes[.size] ?? 0) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }.joined(separator: " ")
    }
}
