/// The rows ``BatchWriter`` writes through ``BulkInserter``, each with its values in the order
/// of its table's columns as the writer names them.
extension BatchWriter {
    /// A row of `mentions`, as ``BulkInserter`` writes it.
    struct MentionValues: BulkRow {
        var entity: Int64
        var document: Int64
        var surface: String
        var count: Int
        var spans: SQLiteBlob<UInt32>

        func bind(into binder: inout ParameterBinder) {
            binder(entity); binder(document); binder(surface); binder(count); binder(spans)
        }
    }

    /// A row of `entities`.
    struct EntityValues: BulkRow {
        var id: Int64
        var name: String
        var key: String
        var type: String
        var mentions: Int
        var documents: Int
        var first: String?
        var last: String?

        func bind(into binder: inout ParameterBinder) {
            binder(id); binder(name); binder(key); binder(type); binder(mentions); binder(documents); binder(first); binder(last)
        }
    }

    /// A row of `aliases`.
    struct AliasValues: BulkRow {
        var entity: Int64
        var name: String
        var key: String
        var count: Int

        func bind(into binder: inout ParameterBinder) {
            binder(entity); binder(name); binder(key); binder(count)
        }
    }

    /// A row of `edges`, an action edge.
    struct ActionValues: BulkRow {
        var id: Int64
        var source: Int64
        var target: Int64
        var predicate: String
        var negated: Bool
        var sentences: Int
        var documents: Int

        func bind(into binder: inout ParameterBinder) {
            binder(id); binder(source); binder(target); binder(EdgeKind.action); binder(predicate); binder(negated); binder(sentences); binder(documents)
        }
    }

    /// A row of `evidence`.
    struct EvidenceValues: BulkRow {
        var edge: Int64
        var document: Int64
        var sentences: Int
        var spans: SQLiteBlob<UInt32>

        func bind(into binder: inout ParameterBinder) {
            binder(edge); binder(document); binder(sentences); binder(spans)
        }
    }
}
