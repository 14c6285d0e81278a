/// Every migration of the store's schema, oldest first.
///
/// The SQL keeps to what SQLite and PostgreSQL both accept, except for the run id column, which is
/// `INTEGER PRIMARY KEY AUTOINCREMENT` here and an identity column in PostgreSQL. Timestamps are
/// ISO 8601 UTC text and flags are 0 or 1, so both databases store the same values.
enum SchemaMigrations {
    /// The migrations in version order.
    static let all: [Migration] = [
        version1, version2, version3, version4, LedgerMigration.version5, version6, version7, version8,
    ]

    /// The newest schema version this build supports. A database beyond it is rejected.
    static var latestVersion: Int {
        all.map(\.version).max() ?? 0
    }

    /// The posture per safeguard category of each run, so history over many runs reads a few rows
    /// per run instead of decoding whole assessments. Runs recorded before this version have no
    /// rows here; readers take their posture from `assessment_json`.
    private static let version3 = Migration(
        version: 3,
        statements: [
            """
            CREATE TABLE run_posture (
                run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                category TEXT NOT NULL,
                passed INTEGER NOT NULL,
                failed INTEGER NOT NULL,
                insufficient_evidence INTEGER NOT NULL,
                not_applicable INTEGER NOT NULL,
                PRIMARY KEY (run_id, category)
            )
            """
        ]
    )

    /// The normalized inventory of each run, so two runs compare without the workspace's files.
    ///
    /// Each table has the run id, the record's position in the inventory, and `item_key`, the
    /// identity two runs share for one account, device, host, system, vendor or person. Runs recorded
    /// before this version, or without an inventory, have `has_inventory` 0.
    private static let version2 = Migration(
        version: 2,
        statements: [
            "ALTER TABLE runs ADD COLUMN has_inventory INTEGER NOT NULL DEFAULT 0",
            """
            CREATE TABLE run_accounts (
                run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                item_key TEXT NOT NULL,
                source TEXT NOT NULL,
                username TEXT NOT NULL,
                user_principal_name TEXT,
                display_name TEXT,
                email TEXT,
                enabled INTEGER NOT NULL,
                guest INTEGER NOT NULL,
                role TEXT,
                last_sign_in TEXT NOT NULL,
                evidence_path TEXT NOT NULL,
                evidence_line INTEGER,
                PRIMARY KEY (run_id, position)
            )
            """,
            """
            CREATE TABLE run_devices (
                run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                item_key TEXT NOT NULL,
                name TEXT NOT NULL,
                device_id TEXT,
                serial_number TEXT,
                operating_system TEXT,
                os_version TEXT,
                primary_user TEXT,
                encrypted INTEGER,
                last_check_in TEXT,
                compliance_state TEXT,
                ownership TEXT,
                evidence_path TEXT NOT NULL,
                evidence_line INTEGER,
                PRIMARY KEY (run_id, position)
            )
            """,
            """
            CREATE TABLE run_hosts (
                run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                item_key TEXT NOT NULL,
                address TEXT NOT NULL,
                hostnames TEXT NOT NULL,
                mac_address TEXT,
                up INTEGER NOT NULL,
                services TEXT NOT NULL,
                evidence_path TEXT NOT NULL,
                evidence_line INTEGER,
                PRIMARY KEY (run_id, position)
            )
            """,
            """
            CREATE TABLE run_systems (
                run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                item_key TEXT NOT NULL,
                name TEXT NOT NULL,
                handles_ephi INTEGER NOT NULL,
                vendor TEXT,
                mfa TEXT,
                encryption_at_rest INTEGER,
                audit_logging INTEGER,
                evidence_path TEXT NOT NULL,
                evidence_line INTEGER,
                PRIMARY KEY (run_id, position)
            )
            """,
            """
            CREATE TABLE run_vendors (
                run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                item_key TEXT NOT NULL,
                name TEXT NOT NULL,
                service TEXT NOT NULL,
                ephi_access INTEGER NOT NULL,
                baa_signed INTEGER NOT NULL,
                baa_expires TEXT,
                evidence_path TEXT NOT NULL,
                evidence_line INTEGER,
                PRIMARY KEY (run_id, position)
            )
            """,
            """
            CREATE TABLE run_workforce (
                run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                item_key TEXT NOT NULL,
                employee_id TEXT NOT NULL,
                name TEXT NOT NULL,
                email TEXT,
                username TEXT,
                role TEXT NOT NULL,
                status TEXT NOT NULL,
                end_date TEXT,
                evidence_path TEXT NOT NULL,
                evidence_line INTEGER,
                PRIMARY KEY (run_id, position)
            )
            """,
        ]
    )

    /// Organizations, runs, and the normalized results, findings and evidence files of each run.
    private static let version1 = Migration(
        version: 1,
        statements: [
            """
            CREATE TABLE organizations (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                kind TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE runs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                organization_id TEXT NOT NULL REFERENCES organizations (id),
                organization_name TEXT NOT NULL,
                as_of TEXT NOT NULL,
                profile TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                assessment_schema_version INTEGER NOT NULL,
                assessment_json TEXT NOT NULL
            )
            """,
            "CREATE INDEX runs_by_organization ON runs (organization_id, recorded_at)",
            """
            CREATE TABLE results (
                run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                check_id TEXT NOT NULL,
                title TEXT NOT NULL,
                status TEXT NOT NULL,
                citations TEXT NOT NULL,
                documented INTEGER NOT NULL,
                implemented INTEGER NOT NULL,
                maintained INTEGER NOT NULL,
                evidenced INTEGER NOT NULL,
                summary TEXT NOT NULL,
                PRIMARY KEY (run_id, check_id)
            )
            """,
            """
            CREATE TABLE findings (
                run_id INTEGER NOT NULL,
                position INTEGER NOT NULL,
                check_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                severity TEXT NOT NULL,
                subject_kind TEXT NOT NULL,
                subject_id TEXT NOT NULL,
                message TEXT NOT NULL,
                remediation TEXT NOT NULL,
                evidence TEXT NOT NULL,
                touches_ephi INTEGER NOT NULL,
                PRIMARY KEY (run_id, position),
                FOREIGN KEY (run_id, check_id) REFERENCES results (run_id, check_id) ON DELETE CASCADE
            )
            """,
            """
            CREATE TABLE evidence_files (
                run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                path TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                format TEXT NOT NULL,
                records INTEGER NOT NULL,
                earliest TEXT,
                latest TEXT,
                warnings TEXT NOT NULL,
                error TEXT,
                PRIMARY KEY (run_id, path)
            )
            """,
        ]
    )

    /// Log reviews run by `evident review`, with the logs each read and their hashes.
    private static let version4 = Migration(
        version: 4,
        statements: [
            """
            CREATE TABLE log_reviews (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                organization_id TEXT NOT NULL REFERENCES organizations (id),
                performed TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                reviewer TEXT,
                systems TEXT NOT NULL,
                period_start TEXT,
                period_end TEXT,
                events INTEGER NOT NULL,
                findings TEXT NOT NULL
            )
            """,
            "CREATE INDEX log_reviews_by_organization ON log_reviews (organization_id, performed)",
            """
            CREATE TABLE log_review_sources (
                review_id INTEGER NOT NULL REFERENCES log_reviews (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                path TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                bytes INTEGER NOT NULL,
                format TEXT NOT NULL,
                events INTEGER NOT NULL,
                PRIMARY KEY (review_id, position)
            )
            """,
        ]
    )
}
