import GRDB

/// The store's tables, as migrations from the first version on. Never edit a registered
/// migration: add a new one.
///
/// Offsets (`spans`) are packed little-endian UInt32 blobs (``Spans``): mentions keep
/// `[start, end, sentenceStart, sentenceEnd]` per mention, evidence `[start, end]` per sentence.
/// From v2, evidence rows are kept for action edges only: a co-mention edge's sentences are read
/// from its ends' mention rows (``SharedSentences``).
/// `name_keys` files entities under the resolver's blocking keys (``NameKeys``).
/// From v3, an entity is unique by type and name (``EntityKey``), and an action edge's negation is
/// its own column (`negated`), its predicate the bare verb.
/// From v4, a document read from a collection keeps its address (`url`), outlet (`source`) and id
/// in the collection (`record_id`); its `path` is then its identity there (the id, else the URL,
/// else `file:line`); its `title` is the collection's (empty when it gives none) and its `date` the
/// collection's when it gives one.
/// Edges are indexed by each end and weight (`sentences + documents`), covering the columns
/// ``Adjacency`` reads, so that an entity's edges are read from a few contiguous pages.
/// From v5, `edges` holds action edges only; co-mention edges are rows of `co_mentions`, a
/// WITHOUT ROWID table keyed by (entity, other) that holds each edge once from each end (one
/// B-tree entry of four small integers per end, where an `edges` row took four entries), with
/// no id of their own (``CoMentionID``). The views `co_mention_edges` (each once, smaller end
/// first) and `all_edges` (both kinds) read them with the columns of `edges`.
/// From v6, co-mention edges are packed lists per entity in `co_mention_runs` (``CoMentionRuns``),
/// which replace `co_mentions` and its views: a few bytes an edge end instead of a B-tree entry.
/// From v7, `documents.text` is compressed (``DocumentText``), and action edges are indexed by
/// target alone (by source through their unique key): their counts change without moving index
/// entries.
/// From v8, each document's entities with their sentences are kept in `document_entities`
/// (``DocumentEntities``), and evidence is indexed by document: removal reads what a document
/// added without scanning, and co-mention counts over a date range are read from them.
/// From v9, each entity's action edges, both ways, are also packed runs (``ActionRuns``) in
/// `action_runs`, which replace the index of `edges` by target: a hub's thousands of action
/// edges are read from a few rows, not from rows scattered over the whole table.
/// From v10, the action edges each document states are listed in `document_actions`
/// (``DocumentActions``), which replaces the index of evidence by document: ingest writes one
/// row a document rather than an index entry for each action it states.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, hash TEXT NOT NULL,
                    title TEXT NOT NULL, date TEXT, bytes INTEGER NOT NULL, text BLOB NOT NULL);
                CREATE INDEX documents_hash ON documents(hash);
                CREATE TABLE entities (
                    id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, key TEXT NOT NULL, type TEXT NOT NULL,
                    mentions INTEGER NOT NULL DEFAULT 0, documents INTEGER NOT NULL DEFAULT 0,
                    first_date TEXT, last_date TEXT);
                CREATE INDEX entities_key ON entities(key);
                CREATE INDEX entities_mentions ON entities(mentions DESC);
                CREATE TABLE aliases (
                    entity_id INTEGER NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL, count INTEGER NOT NULL,
                    PRIMARY KEY (entity_id, name)) WITHOUT ROWID;
                CREATE INDEX aliases_key ON aliases(key);
                CREATE TABLE mentions (
                    entity_id INTEGER NOT NULL, doc_id INTEGER NOT NULL, surface TEXT NOT NULL,
                    count INTEGER NOT NULL, spans BLOB NOT NULL,
                    PRIMARY KEY (entity_id, doc_id, surface)) WITHOUT ROWID;
                CREATE TABLE edges (
                    id INTEGER PRIMARY KEY, source INTEGER NOT NULL, target INTEGER NOT NULL,
                    kind INTEGER NOT NULL, predicate TEXT NOT NULL,
                    sentences INTEGER NOT NULL DEFAULT 0, documents INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (source, target, kind, predicate));
                CREATE INDEX edges_target ON edges(target);
                CREATE TABLE evidence (
                    edge_id INTEGER NOT NULL, doc_id INTEGER NOT NULL, sentences INTEGER NOT NULL, spans BLOB NOT NULL,
                    PRIMARY KEY (edge_id, doc_id)) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2: name keys, edges by weight, co-mention evidence from mentions") { db in
            try db.execute(sql: """
                CREATE TABLE name_keys (
                    key TEXT NOT NULL, entity_id INTEGER NOT NULL, PRIMARY KEY (key, entity_id)) WITHOUT ROWID;
                CREATE INDEX name_keys_entity ON name_keys(entity_id);
                DROP INDEX edges_target;
                CREATE INDEX edges_source_weight ON edges(source, sentences + documents, target, kind, sentences, documents, predicate);
                CREATE INDEX edges_target_weight ON edges(target, sentences + documents, source, kind, sentences, documents, predicate);
                """)
            try db.execute(sql: "DELETE FROM evidence WHERE edge_id IN (SELECT id FROM edges WHERE kind = ?)", arguments: [EdgeKind.coMention])
            try NameKeys(db: db).refresh(Int64.fetchAll(db, sql: "SELECT id FROM entities"))
        }
        migrator.registerMigration("v3: entities keyed by type and name, negation of actions in a column") { db in
            // SQLite cannot drop a constraint: both tables are copied into new ones, ids kept.
            try db.execute(sql: """
                CREATE TABLE entities_v3 (
                    id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL, type TEXT NOT NULL,
                    mentions INTEGER NOT NULL DEFAULT 0, documents INTEGER NOT NULL DEFAULT 0,
                    first_date TEXT, last_date TEXT, UNIQUE (name, type));
                INSERT INTO entities_v3 SELECT id, name, key, type, mentions, documents, first_date, last_date FROM entities;
                DROP TABLE entities;
                ALTER TABLE entities_v3 RENAME TO entities;
                CREATE INDEX entities_key ON entities(key);
                CREATE INDEX entities_mentions ON entities(mentions DESC);
                CREATE TABLE edges_v3 (
                    id INTEGER PRIMARY KEY, source INTEGER NOT NULL, target INTEGER NOT NULL,
                    kind INTEGER NOT NULL, predicate TEXT NOT NULL, negated INTEGER NOT NULL DEFAULT 0,
                    sentences INTEGER NOT NULL DEFAULT 0, documents INTEGER NOT NULL DEFAULT 0,
                    UNIQUE (source, target, kind, predicate, negated));
                """)
            // Until v3 a negated action's predicate was stored as `not <predicate>`.
            try db.execute(sql: """
                INSERT INTO edges_v3 (id, source, target, kind, predicate, negated, sentences, documents)
                    SELECT id, source, target, kind,
                        CASE WHEN kind = :action AND substr(predicate, 1, 4) = 'not ' THEN substr(predicate, 5) ELSE predicate END,
                        kind = :action AND substr(predicate, 1, 4) = 'not ', sentences, documents
                    FROM edges
                """, arguments: ["action": EdgeKind.action])
            try db.execute(sql: """
                DROP TABLE edges;
                ALTER TABLE edges_v3 RENAME TO edges;
                CREATE INDEX edges_source_weight ON edges(source, sentences + documents, target, kind, sentences, documents, predicate, negated);
                CREATE INDEX edges_target_weight ON edges(target, sentences + documents, source, kind, sentences, documents, predicate, negated);
                """)
        }
        migrator.registerMigration("v4: documents keep their collection's url, source and record id") { db in
            try db.execute(sql: """
                ALTER TABLE documents ADD COLUMN url TEXT;
                ALTER TABLE documents ADD COLUMN source TEXT;
                ALTER TABLE documents ADD COLUMN record_id TEXT;
                """)
        }
        migrator.registerMigration("v5: co-mention edges in a table keyed by their ends") { db in
            let coMention = EdgeKind.coMention.code
            try db.execute(sql: """
                CREATE TABLE co_mentions (
                    entity INTEGER NOT NULL, other INTEGER NOT NULL, sentences INTEGER NOT NULL, documents INTEGER NOT NULL,
                    PRIMARY KEY (entity, other)) WITHOUT ROWID;
                INSERT INTO co_mentions SELECT source, target, sentences, documents FROM edges WHERE kind = \(coMention)
                    UNION ALL SELECT target, source, sentences, documents FROM edges WHERE kind = \(coMention)
                    ORDER BY 1, 2;
                DELETE FROM edges WHERE kind = \(coMention);
                CREATE VIEW co_mention_edges AS
                    SELECT entity << 32 | other AS id, entity AS source, other AS target, \(coMention) AS kind, '' AS predicate,
                        0 AS negated, sentences, documents
                    FROM co_mentions WHERE entity < other;
                CREATE VIEW all_edges AS
                    SELECT id, source, target, kind, predicate, negated, sentences, documents FROM edges
                    UNION ALL SELECT id, source, target, kind, predicate, negated, sentences, documents FROM co_mention_edges;
                """)
        }
        migrator.registerMigration("v6: co-mention edges as packed runs per entity") { db in
            try db.execute(sql: """
                CREATE TABLE co_mention_runs (
                    id INTEGER PRIMARY KEY, entity INTEGER NOT NULL, entries INTEGER NOT NULL, others BLOB NOT NULL);
                CREATE INDEX co_mention_runs_entity ON co_mention_runs(entity, entries);
                """)
            let runs = CoMentionRuns(db: db)
            let rows = try Row.fetchCursor(db, sql: "SELECT entity, other, sentences, documents FROM co_mentions ORDER BY entity, other")
            var entity: Int64 = 0
            var entries: [CoMentionEntry] = []
            while let row = try rows.next() {
                if row[0] != entity {
                    try runs.add(entity, entries)
                    entries.removeAll(keepingCapacity: true)
                    entity = row[0]
                }
                entries.append(CoMentionEntry(other: row[1], sentences: row[2], documents: row[3]))
            }
            try runs.add(entity, entries)
            try db.execute(sql: "DROP VIEW all_edges; DROP VIEW co_mention_edges; DROP TABLE co_mentions")
        }
        migrator.registerMigration("v7: document text compressed, action edges indexed by their ends") { db in
            try db.execute(sql: """
                DROP INDEX edges_source_weight;
                DROP INDEX edges_target_weight;
                CREATE INDEX edges_target ON edges(target);
                """)
            // A few hundred documents at a time, so that a large store's texts are never all in memory.
            let update = try db.makeStatement(sql: "UPDATE documents SET text = ? WHERE id = ?")
            var last: Int64 = 0
            while true {
                let rows = try Row.fetchAll(db, sql: "SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT 256", arguments: [last])
                guard let final = rows.last else { break }
                for row in rows { try update.execute(arguments: [DocumentText.pack(row[1]), row[0] as Int64]) }
                last = final[0]
            }
        }
        migrator.registerMigration("v8: the entities of each document, evidence by document") { db in
            try db.execute(sql: """
                CREATE TABLE document_entities (doc_id INTEGER PRIMARY KEY, entities BLOB NOT NULL);
                CREATE INDEX evidence_document ON evidence(doc_id);
                """)
            let rows = try Row.fetchCursor(db, sql: "SELECT doc_id, entity_id, spans FROM mentions ORDER BY doc_id, entity_id")
            let postings = DocumentEntities(db: db)
            var doc: Int64 = 0
            var named: [DocumentEntities.Named] = []
            while let row = try rows.next() {
                if row[0] != doc {
                    if !named.isEmpty { try postings.write(doc, named) }
                    named.removeAll()
                    doc = row[0]
                }
                let starts = Set(SharedSentences.sentences(row[2]).map { UInt32($0.lowerBound) })
                if named.last?.entity == row[1] {
                    named[named.count - 1].sentences = Array(starts.union(named[named.count - 1].sentences)).sorted()
                } else {
                    named.append(DocumentEntities.Named(entity: row[1], sentences: starts.sorted()))
                }
            }
            if !named.isEmpty { try postings.write(doc, named) }
        }
        migrator.registerMigration("v9: action edges of each entity in runs, both ways") { db in
            try db.execute(sql: """
                CREATE TABLE action_runs (
                    id INTEGER PRIMARY KEY, entity INTEGER NOT NULL, entries INTEGER NOT NULL, actions BLOB NOT NULL);
                CREATE INDEX action_runs_entity ON action_runs(entity, entries);
                """)
            let runs = PackedRuns<ActionEntry>(db: db)
            // A run of each entity's outgoing edges, then one of its incoming ones, each read in the
            // order of the index on that end; an edge from an entity to itself counts once.
            for (end, other, outgoing) in [("source", "target", true), ("target", "source", false)] {
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT \(end), id, \(other), sentences, documents FROM edges
                    WHERE documents > 0\(outgoing ? "" : " AND source != target") ORDER BY \(end)
                    """)
                var entity: Int64 = 0
                var entries: [ActionEntry] = []
                func flush() throws {
                    try runs.add(entity, entries.sorted { $0.edge < $1.edge }, isNew: true)
                    entries.removeAll(keepingCapacity: true)
                }
                while let row = try rows.next() {
                    if row[0] != entity { try flush(); entity = row[0] }
                    entries.append(ActionEntry(edge: row[1], other: row[2], outgoing: outgoing, sentences: row[3], documents: row[4]))
                }
                try flush()
            }
            try db.execute(sql: "DROP INDEX edges_target")
        }
        migrator.registerMigration("v10: the action edges of each document, in place of evidence's index by document") { db in
            try db.execute(sql: "CREATE TABLE document_actions (doc_id INTEGER PRIMARY KEY, actions BLOB NOT NULL)")
            let rows = try Row.fetchCursor(db, sql: "SELECT doc_id, edge_id, sentences FROM evidence ORDER BY doc_id, edge_id")
            let documents = DocumentActions(db: db)
            var inserter = try documents.inserter()
            var doc: Int64 = 0
            var stated: [DocumentActions.Stated] = []
            func flush() throws {
                if !stated.isEmpty { try inserter.add(DocumentActions.DocumentRow(document: doc, actions: DocumentActions.pack(stated))) }
                stated.removeAll(keepingCapacity: true)
            }
            while let row = try rows.next() {
                if row[0] != doc {
                    try flush()
                    doc = row[0]
                }
                stated.append(DocumentActions.Stated(edge: row[1], sentences: row[2]))
            }
            try flush()
            try inserter.finish()
            try db.execute(sql: "DROP INDEX evidence_document")
        }
        return migrator
    }
}
