import Foundation
import GRDB
import NER

/// Writes resolved documents into the store, inside the caller's transaction: one row per
/// document, one per entity, alias, (entity, document, surface) and (action edge, document) with
/// sentences; entity, alias and edge counts are summed over the batch first, so each is written
/// once per batch. Two entities named in one document share a co-mention edge, written as one
/// run per entity of the batch (``CoMentionRuns``), counted from the documents' postings
/// (``DocumentEntities``) as removal counts what it takes out; its weight counts those documents
/// plus the sentences that name both (their text is read back from the mention rows,
/// ``SharedSentences``, rather than stored again).
///
/// Names are hashed once per document, to map its entities to store ids; the rest works on
/// integer ids.
struct BatchWriter {
    let db: Database

    private struct EntityDelta {
        var mentions = 0
        var documents = 0
        var first: String?
        var last: String?
    }

    /// An action edge of the batch, its predicate by rank among the batch's predicates (which
    /// follows their text), so that rows compare as integers in the text's order.
    private struct ActionRow: Comparable {
        var source: Int64
        var target: Int64
        var predicate: Int32
        var negated: Bool

        static func < (a: ActionRow, b: ActionRow) -> Bool {
            if a.source != b.source { return a.source < b.source }
            if a.target != b.target { return a.target < b.target }
            if a.predicate != b.predicate { return a.predicate < b.predicate }
            return !a.negated && b.negated
        }
    }

    /// A mention row of the batch: an entity written one way in a document. `number` counts
    /// the batch's surfaces in document order; `spans` is where its offsets start in the batch's
    /// array of them.
    private struct MentionRow {
        var entity: Int64
        var number: Int32
        var document: Int32
        var spans: Int32
        var count: Int32
    }

    /// An action a document of the batch states: its edge, and its place in the batch.
    private struct ActionStatement {
        var row: ActionRow
        var document: Int32
        /// Its number among the batch's statements, in document order.
        var number: Int32
        /// Where the offsets of its sentences start in the batch's array of them.
        var offsets: Int32
        var sentences: Int32
    }

    func write(_ resolution: Resolution, documents: [IngestDocument]) throws {
        let batch = ResolvedBatch(resolution, documents: documents)
        let graphs = batch.graphs, dates = batch.dates
        let (ids, firstNew) = try upsertEntities(batch, graphs, dates: dates)
        // Store ids of each document's entities, by entity number.
        let entityIDs = graphs.map { $0.entities.map { ids[$0] } }
        // In key order, entity by entity: each entity's last page of mention rows is read and
        // written once a batch, not once for each document that names it. The surfaces and
        // their offsets are copied in document order first, so that writing in key order does
        // not go from document to document for them.
        var rows: [MentionRow] = [], texts: [String] = [], spans: [UInt32] = []
        for (i, graph) in graphs.enumerated() {
            for surface in graph.surfaces {
                rows.append(MentionRow(entity: entityIDs[i][surface.entity], number: Int32(texts.count), document: Int32(i),
                                       spans: Int32(spans.count), count: Int32(surface.count)))
                texts.append(surface.text)
                spans += graph.spans[surface.spans]
            }
        }
        rows.sort { ($0.entity, $0.number) < ($1.entity, $1.number) }
        try writeAliases(rows, texts, firstNewEntity: firstNew)
        var documentIDs: [Int64] = []
        let insertDocument = try BoundStatement(db, sql: """
            INSERT INTO documents (path, hash, title, date, bytes, text, url, source, record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var insertMention = try BulkInserter<MentionValues>(db, into: "mentions", columns: ["entity_id", "doc_id", "surface", "count", "spans"])
        for (i, document) in documents.enumerated() {
            let bytes = document.analysis.source.bytes
            let record = document.record
            try insertDocument.run(document.path, document.hash.value, batch.titles[i], dates[i], bytes.count,
                                   SQLiteBlob(elements: DocumentText.pack(bytes)), record?.url, record?.source, record?.id)
            documentIDs.append(db.lastInsertedRowID)
        }
        for row in rows {
            let start = Int(row.spans)
            try insertMention.add(MentionValues(entity: row.entity, document: documentIDs[Int(row.document)], surface: texts[Int(row.number)],
                                                count: Int(row.count), spans: SQLiteBlob(elements: spans[start..<start + 4 * Int(row.count)])))
        }
        try insertMention.finish()
        // Each document's entities with their sentences: stored, and the source of its co-mention pairs.
        let postings = batch.postings(entityIDs)
        let documentEntities = DocumentEntities(db: db)
        for (doc, named) in zip(documentIDs, postings) { try documentEntities.write(doc, named) }
        try CoMentionRuns(db: db).add(PostingPairs(postings), firstNew: firstNew)
        try writeActions(graphs, entityIDs, documentIDs, firstNewEntity: firstNew)
    }

    /// Adds the batch's mentions, documents and dates to the entities its documents name;
    /// returns the store id of each batch entity (0 for those no document names), and the id from
    /// which on entities are new to the store (stored ids grow: each new one is above any before it).
    private func upsertEntities(_ batch: ResolvedBatch, _ graphs: [DocumentGraph], dates: [String?]) throws -> ([Int64], firstNew: Int64) {
        var deltas: [EntityDelta?] = Array(repeating: nil, count: batch.keys.count)
        for (d, graph) in graphs.enumerated() {
            for (e, n) in graph.entities.enumerated() {
                if deltas[n] == nil { deltas[n] = EntityDelta() }
                deltas[n]!.mentions += graph.mentionCounts[e]
                deltas[n]!.documents += 1
                if let date = dates[d] {
                    deltas[n]!.first = min(deltas[n]!.first ?? date, date)
                    deltas[n]!.last = max(deltas[n]!.last ?? date, date)
                }
            }
        }
        // Found by key, then updated or inserted: an upsert with RETURNING costs SQLite many times more.
        // A new entity gets the id SQLite would give it, the next above the largest stored, so that
        // many are inserted a statement.
        let find = try BoundStatement(db, sql: "SELECT id FROM entities WHERE name = ? AND type = ?")
        var insert = try BulkInserter<EntityValues>(
            db, into: "entities", columns: ["id", "name", "key", "type", "mentions", "documents", "first_date", "last_date"])
        let update = try BoundStatement(db, sql: """
            UPDATE entities SET mentions = mentions + ?2, documents = documents + ?3,
                first_date = min(coalesce(first_date, ?4), coalesce(?4, first_date)),
                last_date = max(coalesce(last_date, ?5), coalesce(?5, last_date))
            WHERE id = ?1
            """)
        var ids = [Int64](repeating: 0, count: batch.keys.count)
        let firstNew = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM entities") ?? 0) + 1
        var nextID = firstNew
        // With no entity stored (ids start at 1), none is looked up.
        let anyStored = firstNew > 1
        var named: [(id: Int64, name: String, type: EntityType)] = []
        for (n, delta) in deltas.enumerated() {
            guard let delta else { continue }
            let key = batch.keys[n]
            if anyStored, let id = try find.first(Int64.self, key.name, key.type.rawValue) {
                try update.run(id, delta.mentions, delta.documents, delta.first, delta.last)
                ids[n] = id
            } else {
                ids[n] = nextID
                nextID += 1
                try insert.add(EntityValues(id: ids[n], name: key.name, key: SearchKey.of(key.name), type: key.type.rawValue,
                                            mentions: delta.mentions, documents: delta.documents, first: delta.first, last: delta.last))
                // A stored entity is filed under the keys of its name already.
                named.append((ids[n], key.name, key.type))
            }
        }
        try insert.finish()
        try NameKeys(db: db).add(names: named)
        return (ids, firstNew)
    }

    /// The ways each entity is written, counted from the batch's mention rows (in entity order).
    private func writeAliases(_ rows: [MentionRow], _ texts: [String], firstNewEntity: Int64) throws {
        // Counted up when stored, else inserted with its search key and blocking keys; a new entity
        // has none stored. In key order, as mention rows are.
        let add = try BoundStatement(db, sql: "UPDATE aliases SET count = count + ?3 WHERE entity_id = ?1 AND name = ?2")
        var insert = try BulkInserter<AliasValues>(db, into: "aliases", columns: ["entity_id", "name", "key", "count"])
        var added: [(id: Int64, name: String)] = []
        // Each entity's ways of being written, by name: equal names are then next to each other.
        var written: [(name: String, count: Int)] = []
        var start = 0
        while start < rows.count {
            let entity = rows[start].entity
            var end = start
            written.removeAll(keepingCapacity: true)
            while end < rows.count, rows[end].entity == entity {
                written.append((texts[Int(rows[end].number)], Int(rows[end].count)))
                end += 1
            }
            written.sort { $0.name < $1.name }
            var next = 0
            while next < written.count {
                let name = written[next].name
                var count = 0
                while next < written.count, written[next].name == name {
                    count += written[next].count
                    next += 1
                }
                if entity < firstNewEntity {
                    try add.run(entity, name, count)
                    guard db.changesCount == 0 else { continue }
                }
                try insert.add(AliasValues(entity: entity, name: name, key: SearchKey.of(name), count: count))
                added.append((entity, name))
            }
            start = end
        }
        try insert.finish()
        try NameKeys(db: db).add(aliases: added)
    }

    /// Action edges (their rows, and their counts at both ends, ``ActionRuns``), the evidence
    /// rows of the sentences that state them, and the edges each document states
    /// (``DocumentActions``). An action from or to
    /// an entity new to the store (`firstNewEntity` on) is new too, so it is inserted without
    /// looking it up.
    private func writeActions(_ graphs: [DocumentGraph], _ entityIDs: [[Int64]], _ documentIDs: [Int64], firstNewEntity: Int64) throws {
        // Each predicate numbered as first met (one lookup an action), then ranked by its text.
        var numberOf: [String: Int32] = [:], predicates: [String] = []
        let numbers = graphs.map { graph in
            graph.actions.map { edge in
                numberOf[edge.predicate] ?? {
                    numberOf[edge.predicate] = Int32(predicates.count)
                    predicates.append(edge.predicate)
                    return Int32(predicates.count - 1)
                }()
            }
        }
        let byText = predicates.indices.sorted { predicates[$0] < predicates[$1] }
        var rank = [Int32](repeating: 0, count: predicates.count)
        for (r, number) in byText.enumerated() { rank[number] = Int32(r) }
        predicates = byText.map { predicates[$0] }
        // Every action the documents state, grouped by edge in a fixed order (so that the same
        // documents give the same edge ids), each edge's by document. A statement is numbered
        // in document order (`firstOf` is where each document's statements start), and their offsets
        // are copied in that order into one array, so that writing evidence in edge order does
        // not go from document to document for them.
        var statements: [ActionStatement] = []
        var firstOf = [0]
        var offsets: [UInt32] = []
        for (document, (graph, ids)) in zip(graphs, entityIDs).enumerated() {
            for (edge, number) in zip(graph.actions, numbers[document]) {
                let row = ActionRow(source: ids[edge.source], target: ids[edge.target], predicate: rank[Int(number)], negated: edge.negated)
                statements.append(ActionStatement(row: row, document: Int32(document), number: Int32(statements.count),
                                                  offsets: Int32(offsets.count), sentences: Int32(edge.sentences.count / 2)))
                offsets += graph.actionSentences[edge.sentences]
            }
            firstOf.append(statements.count)
        }
        // By edge, then in document order (the order of their numbers): grouped by source first.
        statements = statements.stablySorted(byKey: { $0.row.source }, then: { $0.row != $1.row ? $0.row < $1.row : $0.number < $1.number })
        let findAction = try BoundStatement(db, sql: "SELECT id FROM edges WHERE source = ? AND target = ? AND kind = ? AND predicate = ? AND negated = ?")
        // A new action gets the id SQLite would give it, as a new entity does.
        var insertAction = try BulkInserter<ActionValues>(
            db, into: "edges", columns: ["id", "source", "target", "kind", "predicate", "negated", "sentences", "documents"])
        let addToAction = try BoundStatement(db, sql: "UPDATE edges SET sentences = sentences + ?2, documents = documents + ?3 WHERE id = ?1")
        var nextAction = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM edges") ?? 0) + 1
        var edgeIDs = [Int64](repeating: 0, count: statements.count)
        var changes: [ActionChange] = []
        var first = 0
        while first < statements.count {
            let row = statements[first].row
            var end = first, sentences = 0
            while end < statements.count, statements[end].row == row {
                sentences += Int(statements[end].sentences)
                end += 1
            }
            let documents = end - first, predicate = predicates[Int(row.predicate)]
            let stored = max(row.source, row.target) >= firstNewEntity ? nil
                : try findAction.first(Int64.self, row.source, row.target, EdgeKind.action, predicate, row.negated)
            let id: Int64
            if let stored {
                try addToAction.run(stored, sentences, documents)
                id = stored
            } else {
                id = nextAction
                nextAction += 1
                try insertAction.add(ActionValues(id: id, source: row.source, target: row.target, predicate: predicate, negated: row.negated,
                                                  sentences: sentences, documents: documents))
            }
            for statement in statements[first..<end] { edgeIDs[Int(statement.number)] = id }
            changes.append(ActionChange(edge: id, source: row.source, target: row.target, sentences: sentences, documents: documents))
            first = end
        }
        try insertAction.finish()
        try ActionRuns(db: db).add(changes, firstNew: firstNewEntity)
        // In the order of the edges (new ones by increasing id), each edge's by document: near
        // key order, as mention rows are.
        var insertEvidence = try BulkInserter<EvidenceValues>(db, into: "evidence", columns: ["edge_id", "doc_id", "sentences", "spans"])
        for statement in statements {
            let start = Int(statement.offsets)
            try insertEvidence.add(EvidenceValues(edge: edgeIDs[Int(statement.number)], document: documentIDs[Int(statement.document)],
                                                  sentences: Int(statement.sentences),
                                                  spans: SQLiteBlob(elements: offsets[start..<start + 2 * Int(statement.sentences)])))
        }
        try insertEvidence.finish()
        var insertStated = try DocumentActions(db: db).inserter()
        for (document, graph) in graphs.enumerated() where !graph.actions.isEmpty {
            let stated = zip(graph.actions, edgeIDs[firstOf[document]..<firstOf[document + 1]]).map {
                DocumentActions.Stated(edge: $1, sentences: $0.sentences.count / 2)
            }
            try insertStated.add(DocumentActions.DocumentRow(document: documentIDs[document], actions: DocumentActions.pack(stated.sorted { $0.edge < $1.edge })))
        }
        try insertStated.finish()
    }
}
