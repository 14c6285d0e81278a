import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

/// Pruning past the retention period, and runs recorded before the ledger existed.
@Suite struct EvidencePruningTests {
    static let old = Date(timeIntervalSince1970: 1_500_000_000)
    static let recent = Date(timeIntervalSince1970: 1_772_400_000)
    static let retainedSince = Date(timeIntervalSince1970: 1_600_000_000)

    @Test(arguments: StoreBackend.all) func pruneKeepsEvidenceOfRetainedRuns(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try LedgerStoreTests.open(database)
        let (assessment, used) = LedgerStoreTests.assessmentWithKeptEvidence()
        let unused = Array("an export no retained run used\n".utf8)
        let usedFile = try store.keepEvidence(
            used, path: "evidence/roster.csv", expectedSHA256: nil, recordedAt: Self.old)
        let unusedFile = try store.keepEvidence(
            unused, path: "evidence/old.csv", expectedSHA256: nil, recordedAt: Self.old)
        _ = try store.record(assessment, recordedAt: Self.recent)

        let candidates = try store.pruneEvidence(retainedSince: Self.retainedSince, now: Self.recent, dryRun: true)
        let pruned = try store.pruneEvidence(retainedSince: Self.retainedSince, now: Self.recent, dryRun: false)

        #expect(candidates.map(\.sha256) == [unusedFile.sha256])
        #expect(pruned.map(\.sha256) == [unusedFile.sha256])
        #expect(try store.evidenceContent(sha256: unusedFile.sha256) == nil)
        #expect(try store.evidenceContent(sha256: usedFile.sha256) == used)
        #expect(try store.ledgerEntries(runID: nil).last?.action == .evidencePruned)
        let report = try store.verifyRecords()
        #expect(report.isIntact)
        #expect(report.prunedEvidenceFiles == 1)
        #expect(report.evidenceFiles == 1)
    }

    @Test(arguments: StoreBackend.all) func pruneSparesRecentlyStoredFiles(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try LedgerStoreTests.open(database)
        _ = try store.keepEvidence(
            Array("fresh\n".utf8), path: "evidence/a.csv", expectedSHA256: nil, recordedAt: Self.recent)

        let pruned = try store.pruneEvidence(retainedSince: Self.retainedSince, now: Self.recent, dryRun: false)

        #expect(pruned.isEmpty)
    }

    @Test(arguments: StoreBackend.all) func prunedFileCanBeStoredAgain(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try LedgerStoreTests.open(database)
        let content = Array("returns later\n".utf8)
        _ = try store.keepEvidence(content, path: "evidence/a.csv", expectedSHA256: nil, recordedAt: Self.old)
        _ = try store.pruneEvidence(retainedSince: Self.retainedSince, now: Self.recent, dryRun: false)

        let again = try store.keepEvidence(
            content, path: "evidence/a.csv", expectedSHA256: nil, recordedAt: Self.recent)

        #expect(again.prunedAt == nil)
        #expect(try store.evidenceContent(sha256: again.sha256) == content)
        #expect(try store.verifyRecords().isIntact)
    }

    @Test(arguments: StoreBackend.all) func runsBeforeTheLedgerAreAdopted(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let connection = try database.connect()
        try Migrator(migrations: Array(SchemaMigrations.all.prefix(4))).migrate(connection, now: Self.old)
        try connection.run("INSERT INTO organizations (id, name, kind) VALUES ('clinic', 'Clinic', 'covered-entity')")
        try connection.run(
            """
            INSERT INTO runs (organization_id, organization_name, as_of, profile, recorded_at,
                assessment_schema_version, assessment_json)
            VALUES ('clinic', 'Clinic', '2020-01-01', 'hipaa-security-rule', '2020-01-01T00:00:00.000Z', 1, '{}')
            """)

        let store = try LedgerStoreTests.open(database)
        _ = try LedgerStoreTests.open(database)
        let entries = try store.ledgerEntries(runID: nil)

        #expect(entries.map(\.action) == [.runAdopted])
        #expect(entries.first?.runID == 1)
        #expect(try store.verifyRecords().isIntact)
    }
}
