import FoundationEssentials

extension SchemaMigrations {
    /// No schema change: from this version on, risk analyses have ledger entries and plan entries
    /// carry the hashes of their rows, so `evident verify` checks both.
    ///
    /// The upgrade adopts, in its transaction, every run, log review, risk analysis and plan item
    /// already stored without a ledger entry. It is a version of its own so that adoption happens
    /// once, and so that a build without these entries can no longer write to the database: a later
    /// row without an entry is reported.
    static let version8 = Migration(
        version: 8,
        statements: [],
        afterStatements: { connection, now in try adoptUnledgeredRows(connection, now: now) }
    )

    /// Adopts every run, log review, risk analysis and plan item without a ledger entry.
    private static func adoptUnledgeredRows(_ connection: some DatabaseConnection, now: Date) throws {
        try LedgerAdoption(connection: connection, actor: LedgerActor.current()).adoptUnledgeredRuns(now: now)
        try PlanAndRiskAdoption.adopt(connection, actor: LedgerActor.current(), now: now)
    }
}
