extension SchemaMigrations {
    /// The remediation plan: one row per item, keyed by organization, check and subject so an item
    /// keeps its status and owner across runs, and one row per change to an item, in order.
    ///
    /// Run ids are kept without a foreign key, because an item outlives the runs that opened or
    /// verified it.
    static let version7 = Migration(
        version: 7,
        statements: [
            """
            CREATE TABLE plan_items (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                organization_id TEXT NOT NULL REFERENCES organizations (id),
                check_id TEXT NOT NULL,
                subject_kind TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                status TEXT NOT NULL,
                severity TEXT NOT NULL,
                finding TEXT NOT NULL,
                fix_steps TEXT NOT NULL,
                proof TEXT NOT NULL,
                owner TEXT,
                due TEXT NOT NULL,
                opened_run_id INTEGER,
                verified_run_id INTEGER,
                updated_at TEXT NOT NULL,
                UNIQUE (organization_id, check_id, subject_kind, subject_id)
            )
            """,
            """
            CREATE TABLE plan_item_changes (
                item_id INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                recorded_at TEXT NOT NULL,
                status TEXT NOT NULL,
                severity TEXT NOT NULL,
                owner TEXT,
                due TEXT NOT NULL,
                run_id INTEGER,
                reason TEXT NOT NULL,
                PRIMARY KEY (item_id, position)
            )
            """,
        ]
    )
}
