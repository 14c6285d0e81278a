/// Schema version 5: the hash-chained ledger and the content-addressed evidence store.
///
/// `ledger_entries` is append-only: triggers reject every `UPDATE` and `DELETE`, so a change needs a
/// deliberate schema change first, and the hash chain then shows it to `evident verify`.
/// `evidence_objects` lists every evidence file kept, by SHA-256. SQLite keeps the bytes as files
/// beside the database and leaves `content` NULL; PostgreSQL keeps them in `content`, so an MSP
/// server needs no shared file system.
enum LedgerMigration {
    /// The migration.
    static let version5 = Migration(
        version: 5,
        statements: [
            """
            CREATE TABLE ledger_entries (
                sequence INTEGER PRIMARY KEY,
                recorded_at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                organization_id TEXT,
                run_id INTEGER,
                subject TEXT NOT NULL,
                payload TEXT NOT NULL,
                payload_sha256 TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                entry_hash TEXT NOT NULL
            )
            """,
            "CREATE INDEX ledger_entries_by_run ON ledger_entries (run_id)",
            "CREATE INDEX ledger_entries_by_subject ON ledger_entries (subject)",
            """
            CREATE TABLE evidence_objects (
                sha256 TEXT PRIMARY KEY,
                bytes INTEGER NOT NULL,
                stored_at TEXT NOT NULL,
                content BLOB,
                pruned_at TEXT
            )
            """,
            "CREATE INDEX evidence_files_by_sha256 ON evidence_files (sha256)",
        ],
        sqliteStatements: [
            """
            CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
            BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END
            """,
            """
            CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
            BEGIN SELECT RAISE(ABORT, 'ledger entries are append-only'); END
            """,
        ],
        postgreSQLStatements: [
            """
            CREATE FUNCTION ledger_entries_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'ledger entries are append-only'; END $$
            """,
            """
            CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
            FOR EACH ROW EXECUTE FUNCTION ledger_entries_reject_change()
            """,
            """
            CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_reject_change()
            """,
        ]
    )
}
