import Graph

/// The store's tables in PostgreSQL, and their version.
///
/// The tables hold what the SQLite store holds (``GraphStore``), laid out for many writers:
/// documents (text as `bytea`, which PostgreSQL compresses), entities unique by name and type,
/// aliases, mentions with their packed offsets, each document's entities with their sentences
/// (`document_entities`, packed as the SQLite store packs them), the blocking keys entities are
/// resolved under (`name_keys`), co-mention edges as one row per end (`co_mentions`), action edges
/// (`edges`) and their evidence. Names and keys compare byte by byte (`COLLATE "C"`), as SQLite
/// compares them, so that both stores order ties alike.
///
/// `graphtool_schema` holds the version of these tables; a later graphtool that changes them
/// raises the version and migrates older stores when it opens them for writing.
enum PostgresSchema {
    /// The version this graphtool writes and reads.
    static let version: Int32 = 1

    /// The lock key every writer of a graphtool store takes (`pg_advisory_xact_lock`), "graphtol" in ASCII.
    static let writeLock: Int64 = 0x6772_6170_6874_6F6C

    static let tables = """
        CREATE TABLE IF NOT EXISTS graphtool_schema (
            id int PRIMARY KEY CHECK (id = 1), version int NOT NULL, changes bigint NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS documents (
            id bigserial PRIMARY KEY, path text COLLATE "C" NOT NULL UNIQUE, hash text NOT NULL, title text NOT NULL, date text COLLATE "C",
            bytes int NOT NULL, text bytea NOT NULL, url text, source text, record_id text);
        CREATE INDEX IF NOT EXISTS documents_hash ON documents(hash);
        CREATE TABLE IF NOT EXISTS entities (
            id bigserial PRIMARY KEY, name text COLLATE "C" NOT NULL, key text COLLATE "C" NOT NULL, type text COLLATE "C" NOT NULL,
            mentions int NOT NULL DEFAULT 0, documents int NOT NULL DEFAULT 0, first_date text COLLATE "C", last_date text COLLATE "C",
            UNIQUE (name, type));
        CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
        CREATE INDEX IF NOT EXISTS entities_mentions ON entities(mentions DESC);
        CREATE TABLE IF NOT EXISTS aliases (
            entity_id bigint NOT NULL, name text COLLATE "C" NOT NULL, key text COLLATE "C" NOT NULL, count int NOT NULL,
            PRIMARY KEY (entity_id, name));
        CREATE INDEX IF NOT EXISTS aliases_key ON aliases(key);
        CREATE TABLE IF NOT EXISTS name_keys (key text NOT NULL, entity_id bigint NOT NULL, PRIMARY KEY (key, entity_id));
        CREATE INDEX IF NOT EXISTS name_keys_entity ON name_keys(entity_id);
        CREATE TABLE IF NOT EXISTS mentions (
            entity_id bigint NOT NULL, doc_id bigint NOT NULL, surface text COLLATE "C" NOT NULL, count int NOT NULL, spans bytea NOT NULL,
            PRIMARY KEY (entity_id, doc_id, surface));
        CREATE INDEX IF NOT EXISTS mentions_document ON mentions(doc_id);
        CREATE TABLE IF NOT EXISTS document_entities (doc_id bigint PRIMARY KEY, entities bytea NOT NULL);
        CREATE TABLE IF NOT EXISTS co_mentions (
            entity bigint NOT NULL, other bigint NOT NULL, sentences int NOT NULL, documents int NOT NULL, PRIMARY KEY (entity, other));
        CREATE TABLE IF NOT EXISTS edges (
            id bigserial PRIMARY KEY, source bigint NOT NULL, target bigint NOT NULL, kind int NOT NULL, predicate text COLLATE "C" NOT NULL,
            negated boolean NOT NULL DEFAULT false, sentences int NOT NULL DEFAULT 0, documents int NOT NULL DEFAULT 0,
            UNIQUE (source, target, kind, predicate, negated));
        CREATE INDEX IF NOT EXISTS edges_target ON edges(target);
        CREATE TABLE IF NOT EXISTS evidence (
            edge_id bigint NOT NULL, doc_id bigint NOT NULL, sentences int NOT NULL, spans bytea NOT NULL, PRIMARY KEY (edge_id, doc_id));
        CREATE INDEX IF NOT EXISTS evidence_document ON evidence(doc_id);
        """

    /// Creates the tables if missing (under the writers' lock, so that two first ingests do not
    /// race), and checks the version.
    static func prepare(_ session: PostgresSession) throws {
        try session.transaction {
            try session.query("SELECT pg_advisory_xact_lock(\(writeLock))")
            try session.script(tables)
            try session.query("INSERT INTO graphtool_schema (id, version) VALUES (1, \(version)) ON CONFLICT (id) DO NOTHING")
            try check(session)
        }
    }

    /// Fails unless the database holds a graphtool store this graphtool can read.
    static func check(_ session: PostgresSession) throws(GraphStoreError) {
        let place = session.location.description
        let exists = try session.query("SELECT to_regclass('graphtool_schema') IS NOT NULL")
        guard let row = exists.first, try session.decode(row, Bool.self) else { throw .missing(path: place) }
        guard let versionRow = try session.query("SELECT version FROM graphtool_schema WHERE id = 1").first else {
            throw .notAStore(path: place, reason: "its graphtool_schema table is empty")
        }
        let stored = try session.decode(versionRow, Int32.self)
        if stored > version {
            throw .notAStore(path: place, reason: "it was written by a newer graphtool (PostgreSQL schema version \(stored); this graphtool "
                + "reads version \(version)); use a graphtool release whose PostgreSQL schema is version \(stored) or later")
        }
    }
}
