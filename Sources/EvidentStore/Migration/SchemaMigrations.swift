/// Every migration of the store's schema, oldest first.
///
/// The SQL keeps to what SQLite and PostgreSQL both accept, except for the run id column, which is
/// `INTEGER PRIMARY KEY AUTOINCREMENT` here and an identity column in PostgreSQL. Timestamps are
/// ISO 8601 UTC text and flags are 0 or 1, so both databases store the same values.
enum SchemaMigrations {
    /// The migrations in version order.
    static let all: [Migration] = [version1, version2]

    /// The newest schema version this build supports. A database beyond it is rejected.
    static var latestVersion: Int {
        all.map(\.version).max() ?? 0
    }

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
    private static let version2 = Migration(
        version: 2,
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
