import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

/// One changed byte in a run row, a ledger row or a kept evidence file, found and named by
/// `verifyRecords()` on SQLite and PostgreSQL alike.
@Suite struct TamperDetectionTests {
    @Test(arguments: StoreBackend.all) func changedRunRowIsNamed(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try LedgerStoreTests.open(database)
        _ = try store.record(StoreFixtures.assessment(), recordedAt: LedgerStoreTests.march)
        let runID = try store.record(StoreFixtures.assessment(), recordedAt: LedgerStoreTests.march)

        try database.connect().run(
            "UPDATE runs SET assessment_json = replace(assessment_json, 'Riverside', 'Riversidf') WHERE id = ?",
            [.integer(runID)])
        let report = try store.verifyRecords()

        #expect(
            report.problems.map(\.description) == [
                "run \(runID): assessment JSON changed since ledger entry 2"
            ])
    }

    @Test(arguments: StoreBackend.all) func changedFindingRowIsNamed(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try LedgerStoreTests.open(database)
        let runID = try store.record(StoreFixtures.assessment(), recordedAt: LedgerStoreTests.march)

        try database.connect().run("UPDATE findings SET severity = 'low' WHERE position = 0")
        let report = try store.verifyRecords()

        #expect(
            report.problems.map(\.description) == [
                "run \(runID): findings rows changed since ledger entry 1"
            ])
    }

    @Test(arguments: StoreBackend.all) func changedLedgerRowIsNamed(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try LedgerStoreTests.open(database)
        for minute in 0..<3 {
            _ = try store.record(
                StoreFixtures.assessment(), recordedAt: LedgerStoreTests.march.addingTimeInterval(Double(minute) * 60))
        }
        let connection = try database.connect()

        try Self.dropLedgerTriggers(connection, backend)
        try connection.run("UPDATE ledger_entries SET actor = 'x' || substr(actor, 2) WHERE sequence = 2")
        let report = try store.verifyRecords()

        #expect(report.problems.map(\.description) == ["ledger entry 2: its fields do not match its entry hash"])
    }

    @Test(arguments: StoreBackend.all) func rehashedLedgerRowBreaksTheChain(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try LedgerStoreTests.open(database)
        for minute in 0..<3 {
            _ = try store.record(
                StoreFixtures.assessment(), recordedAt: LedgerStoreTests.march.addingTimeInterval(Double(minute) * 60))
        }
        let connection = try database.connect()
        var entry = try #require(try store.ledgerEntries(runID: nil).first { $0.sequence == 2 })
        entry.actor = "mallory@clinic"

        try Self.dropLedgerTriggers(connection, backend)
        try connection.run(
            "UPDATE ledger_entries SET actor = ?, entry_hash = ? WHERE sequence = 2",
            [.text(entry.actor), .text(SHA256Hasher.hex(of: entry.canonicalText))])
        let report = try store.verifyRecords()

        #expect(
            report.problems.map(\.description) == [
                "ledger entry 3: its previous hash does not match the hash of entry 2"
            ])
    }

    @Test(arguments: StoreBackend.all) func changedEvidenceByteIsNamed(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try LedgerStoreTests.open(database)
        let (assessment, content) = LedgerStoreTests.assessmentWithKeptEvidence()
        let kept = try store.keepEvidence(
            content, path: "evidence/roster.csv", expectedSHA256: nil, recordedAt: LedgerStoreTests.march)
        _ = try store.record(assessment, recordedAt: LedgerStoreTests.march)

        try Self.changeFirstByte(of: kept.sha256, in: database, store: store)
        let report = try store.verifyRecords()

        let problem = try #require(report.problems.first)
        #expect(report.problems.count == 1)
        #expect(problem.record == .evidenceFile)
        #expect(problem.identifier == kept.sha256)
        #expect(problem.reason.hasPrefix("its content has changed (SHA-256 now "))
    }

    @Test(arguments: StoreBackend.all) func deletedEvidenceRowIsNamed(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try LedgerStoreTests.open(database)
        let (assessment, content) = LedgerStoreTests.assessmentWithKeptEvidence()
        let kept = try store.keepEvidence(
            content, path: "evidence/roster.csv", expectedSHA256: nil, recordedAt: LedgerStoreTests.march)
        let runID = try store.record(assessment, recordedAt: LedgerStoreTests.march)

        try database.connect().run("DELETE FROM evidence_objects")
        let report = try store.verifyRecords()

        #expect(
            report.problems.map(\.description) == [
                "run \(runID): its evidence file evidence/roster.csv (SHA-256 \(kept.sha256)) is gone from the store",
                "evidence file \(kept.sha256): recorded in ledger entry 1 but missing from the store",
            ])
    }

    @Test func deletedFileIsNamedAndKeptAgain() throws {
        let database = try TestDatabase(.sqlite)
        defer { database.remove() }
        let store = try #require(try LedgerStoreTests.open(database) as? SQLiteStore)
        let content = Array("username,role\nava,nurse\n".utf8)
        let kept = try store.keepEvidence(
            content, path: "evidence/a.csv", expectedSHA256: nil, recordedAt: LedgerStoreTests.march)
        let path = "\(store.evidenceFolder)/\(kept.sha256.prefix(2))/\(kept.sha256)"

        try FileManager.default.removeItem(atPath: path)
        let afterDeletion = try store.verifyRecords()
        _ = try store.keepEvidence(
            content, path: "evidence/a.csv", expectedSHA256: nil, recordedAt: LedgerStoreTests.march)
        let afterKeepingAgain = try store.verifyRecords()

        #expect(
            afterDeletion.problems.map(\.description) == [
                "evidence file \(kept.sha256): its content is missing, in \(path)"
            ])
        #expect(afterKeepingAgain.isIntact)
        #expect(try store.ledgerEntries(runID: nil).count == 1)
    }

    @Test(arguments: StoreBackend.all) func runAddedOutsideEvidentIsNamed(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try LedgerStoreTests.open(database)
        let runID = try store.record(StoreFixtures.assessment(), recordedAt: LedgerStoreTests.march)

        try database.connect().run(
            """
            INSERT INTO runs (organization_id, organization_name, as_of, profile, recorded_at,
                assessment_schema_version, assessment_json)
            SELECT organization_id, organization_name, as_of, profile, recorded_at, assessment_schema_version,
                assessment_json FROM runs WHERE id = ?
            """, [.integer(runID)])
        let report = try store.verifyRecords()
        let reopened = try LedgerStoreTests.open(database).verifyRecords()

        #expect(
            report.problems.map(\.description) == [
                "run \(runID + 1): has no ledger entry; it was added outside Evident"
            ])
        #expect(reopened.problems == report.problems, "opening the store again does not adopt the run")
    }

    // MARK: - Private

    private static func dropLedgerTriggers(_ connection: any DatabaseConnection, _ backend: StoreBackend) throws {
        switch backend {
        case .sqlite: try connection.execute("DROP TRIGGER ledger_entries_no_update")
        case .postgreSQL: try connection.execute("DROP TRIGGER ledger_entries_append_only ON ledger_entries")
        }
    }

    private static func changeFirstByte(of sha256: String, in database: TestDatabase, store: any LedgerStore) throws {
        switch database.backend {
        case .sqlite:
            let sqlite = try #require(store as? SQLiteStore)
            let path = "\(sqlite.evidenceFolder)/\(sha256.prefix(2))/\(sha256)"
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
            var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            bytes[0] ^= 0x01
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        case .postgreSQL:
            try database.connect().run(
                "UPDATE evidence_objects SET content = set_byte(content, 0, get_byte(content, 0) # 1)")
        }
    }
}
