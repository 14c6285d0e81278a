import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

/// Risk analyses in the ledger: each recorded analysis gets an entry, a changed value in its rows or
/// an analysis added outside Evident is named by `verifyRecords()`, and analyses stored before
/// schema version 8 are adopted once.
@Suite struct RiskAnalysisLedgerTests {
    let organization = Organization(id: "riverside", name: "Riverside", kind: .coveredEntity)
    let recordedAt = Date(timeIntervalSince1970: 1_793_000_000)

    /// Opens a store on a new database and records one complete analysis.
    private func recorded(_ backend: StoreBackend) throws -> (TestDatabase, any RiskAnalysisStore & LedgerStore) {
        let database = try TestDatabase(backend)
        let store = try #require(try database.open() as? any RiskAnalysisStore & LedgerStore)
        _ = try store.record(
            RiskAnalysisStoreTests().analysis(on: "2026-11-30", complete: true), organization: organization,
            recordedAt: recordedAt)
        return (database, store)
    }

    /// Verifies through a newly opened store, as `evident verify` does.
    private func problems(_ database: TestDatabase) throws -> [String] {
        let store = try #require(try database.open() as? any LedgerStore)
        return try store.verifyRecords().problems.map(\.description)
    }

    @Test(arguments: StoreBackend.all) func analysisAppendsEntry(_ backend: StoreBackend) throws {
        let (database, store) = try recorded(backend)
        defer { database.remove() }

        let entries = try store.ledgerEntries(runID: nil)

        #expect(entries.map(\.action) == [.riskAnalysisRecorded])
        #expect(entries.first?.subject == "1")
        #expect(entries.first?.organizationID == "riverside")
        #expect(try store.verifyRecords().riskAnalyses == 1)
        #expect(try store.verifyRecords().isIntact)
    }

    @Test(arguments: StoreBackend.all) func changedAnalysisRowIsNamed(_ backend: StoreBackend) throws {
        let (database, _) = try recorded(backend)
        defer { database.remove() }

        try database.connect().run("UPDATE risk_analyses SET performed = '2026-11-29'")

        #expect(try problems(database) == ["risk analysis 1: risk_analyses row changed since ledger entry 1"])
    }

    @Test(arguments: StoreBackend.all) func changedRiskRowIsNamed(_ backend: StoreBackend) throws {
        let (database, _) = try recorded(backend)
        defer { database.remove() }

        try database.connect().run("UPDATE risk_analysis_risks SET residual_level = 'low' WHERE position = 0")

        #expect(try problems(database) == ["risk analysis 1: risk_analysis_risks rows changed since ledger entry 1"])
    }

    @Test(arguments: StoreBackend.all) func insertedAnalysisIsNamed(_ backend: StoreBackend) throws {
        let (database, _) = try recorded(backend)
        defer { database.remove() }

        try database.connect().run(
            """
            INSERT INTO risk_analyses (organization_id, performed, recorded_at, complete, missing_elements,
                catalog_version)
            VALUES ('riverside', '2026-12-01', '2026-12-01T10:00:00.000Z', 1, '[]', 1)
            """)

        #expect(try problems(database) == ["risk analysis 2: has no ledger entry; it was added outside Evident"])
    }

    @Test(arguments: StoreBackend.all) func deletedAnalysisIsNamed(_ backend: StoreBackend) throws {
        let (database, _) = try recorded(backend)
        defer { database.remove() }

        try database.connect().run("DELETE FROM risk_analyses")

        #expect(try problems(database) == ["risk analysis 1: recorded in ledger entry 1 but missing from the database"])
    }

    @Test(arguments: StoreBackend.all) func analysesBeforeVersion8AreAdopted(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let connection = try database.connect()
        try Migrator(migrations: Array(SchemaMigrations.all.prefix(7))).migrate(connection, now: recordedAt)
        try connection.run("INSERT INTO organizations (id, name, kind) VALUES ('clinic', 'Clinic', 'covered-entity')")
        try connection.run(
            """
            INSERT INTO risk_analyses (organization_id, performed, recorded_at, complete, missing_elements,
                catalog_version)
            VALUES ('clinic', '2026-11-30', '2026-11-30T10:00:00.000Z', 1, '[]', 1)
            """)

        let store = try #require(try database.open() as? any LedgerStore)
        let entries = try store.ledgerEntries(runID: nil)
        try connection.run("UPDATE risk_analyses SET complete = 0")

        #expect(entries.map(\.action) == [.riskAnalysisAdopted])
        #expect(try problems(database) == ["risk analysis 1: risk_analyses row changed since ledger entry 1"])
    }
}
