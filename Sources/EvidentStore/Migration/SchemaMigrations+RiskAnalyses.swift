extension SchemaMigrations {
    /// Risk analyses recorded by `evident risk`, with every risk of each register.
    ///
    /// Levels are the raw values of `RiskLevel` (`very-low` through `very-high`); `missing_elements`
    /// is a JSON array of element names, empty when the analysis is complete.
    static let version6 = Migration(
        version: 6,
        statements: [
            """
            CREATE TABLE risk_analyses (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                organization_id TEXT NOT NULL REFERENCES organizations (id),
                performed TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                complete INTEGER NOT NULL,
                missing_elements TEXT NOT NULL,
                catalog_version INTEGER NOT NULL
            )
            """,
            "CREATE INDEX risk_analyses_by_organization ON risk_analyses (organization_id, performed)",
            """
            CREATE TABLE risk_analysis_risks (
                analysis_id INTEGER NOT NULL REFERENCES risk_analyses (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                asset TEXT NOT NULL,
                threat TEXT NOT NULL,
                inherent_likelihood TEXT NOT NULL,
                residual_likelihood TEXT NOT NULL,
                impact TEXT NOT NULL,
                inherent_level TEXT NOT NULL,
                residual_level TEXT NOT NULL,
                treatment TEXT,
                PRIMARY KEY (analysis_id, position)
            )
            """,
        ]
    )
}
