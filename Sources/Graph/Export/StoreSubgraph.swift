import GRDB
import NER

/// The part of a store an ``ExportQuery`` selects, streamed from SQLite cursors: entities merged
/// with their aliases, edges merged with their evidence counts and dates, both in id order.
/// Held in memory: the selected entity ids (none for the whole graph) and the document dates.
struct StoreSubgraph: ExportableGraph {
    let db: Database
    let path: String
    let query: ExportQuery
    /// The selected entities; nil for all of them.
    let nodes: Set<Int64>?
    let kinds: Set<EdgeKind>
    let dates: ClosedRange<String>?

    init(db: Database, path: String, query: ExportQuery) throws(ExportError) {
        self.db = db
        self.path = path
        self.query = query
        do {
            let selection = StoreSelection(db: db, query: query)
            nodes = try selection.nodes()
            kinds = try selection.kinds(among: nodes)
            let range = try Row.fetchOne(db, sql: "SELECT min(date), max(date) FROM documents WHERE date IS NOT NULL")
            if let first: String = range?[0], let last: String = range?[1] { dates = first...last } else { dates = nil }
        } catch {
            throw Self.failure(error, path: path)
        }
    }

    func forEachNode(_ body: (ExportNode) throws(ExportError) -> Void) throws(ExportError) {
        try reading {
            let entities = try Row.fetchCursor(db, sql: "SELECT id, name, type, mentions, documents, first_date, last_date FROM entities ORDER BY id")
            let aliases = try Row.fetchCursor(db, sql: "SELECT entity_id, name FROM aliases ORDER BY entity_id, name")
            var pending = try aliases.next()
            while let row = try entities.next() {
                let id: Int64 = row[0]
                var names: [String] = []
                while let alias = pending, (alias[0] as Int64) <= id {
                    if (alias[0] as Int64) == id { names.append(alias[1]) }
                    pending = try aliases.next()
                }
                guard nodes?.contains(id) ?? true else { continue }
                try body(ExportNode(id: id, name: row[1], type: EntityType(rawValue: row[2]) ?? .place, mentions: row[3], documents: row[4],
                                    aliases: names, firstSeen: row[5], lastSeen: row[6]))
            }
        }
    }

    func forEachEdge(_ body: (ExportEdge) throws(ExportError) -> Void) throws(ExportError) {
        try reading {
            // Document dates by id, read once: joining them per evidence row is a random read each.
            var dated: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, date FROM documents WHERE date IS NOT NULL") { dated[row[0]] = row[1] }
            // Action edges by id, then co-mention edges by their ends: ids in increasing order (``CoMentionID``).
            let actions = try Row.fetchCursor(db, sql: """
                SELECT id, source, target, predicate, negated, sentences, documents FROM edges WHERE \(query.actionCondition) ORDER BY id
                """)
            let evidence = try Row.fetchCursor(db, sql: "SELECT edge_id, doc_id FROM evidence ORDER BY edge_id")
            var pending = try evidence.next()
            while query.edges.admits(.action), let row = try actions.next() {
                let id: Int64 = row[0], source: Int64 = row[1], target: Int64 = row[2]
                var edge = ExportEdge(id: id, source: source, target: target, kind: .action, predicate: ActionLabel.text(predicate: row[3], negated: row[4]),
                                      sentences: row[5], documents: row[6])
                while let found = pending, (found[0] as Int64) <= id {
                    if (found[0] as Int64) == id {
                        edge.evidence += 1
                        if let date = dated[found[1]] {
                            edge.firstSeen = min(edge.firstSeen ?? date, date)
                            edge.lastSeen = max(edge.lastSeen ?? date, date)
                        }
                    }
                    pending = try evidence.next()
                }
                if let nodes, !(nodes.contains(source) && nodes.contains(target)) { continue }
                try body(edge)
            }
            try StoreSelection(db: db, query: query).forEachKeptEdge(of: .coMention) { source, target, sentences, documents in
                if let nodes, !(nodes.contains(source) && nodes.contains(target)) { return true }
                try body(ExportEdge(id: CoMentionID.of(source, target), source: source, target: target, kind: .coMention,
                                    sentences: sentences, documents: documents))
                return true
            }
        }
    }

    private func reading(_ work: () throws -> Void) throws(ExportError) {
        do { try work() } catch { throw Self.failure(error, path: path) }
    }

    private static func failure(_ error: any Error, path: String) -> ExportError {
        if let error = error as? ExportError { return error }
        return .store(GraphStore.storeError(error, path: path))
    }
}
