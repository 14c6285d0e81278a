extension SchemaMigrations {
    /// No schema change: from this version on, risk analyses have ledger entries and plan entries
    /// carry the hashes of their rows, so `evident verify` checks both.
    ///
    /// The upgrade adopts, in its transaction, every risk analysis and plan item already stored. It is
    /// a version of its own so that adoption happens once, and so that a build without these entries
    /// can no longer write to the database: a later analysis without an entry is reported.
    static let version8 = Migration(
        version: 8,
        statements: [],
        afterStatements: { connection, now in
            try PlanAndRiskAdoption.adopt(connection, actor: LedgerActor.current(), now: now)
        }
    )
}
