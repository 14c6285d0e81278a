import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

/// The ledger and the evidence store, run against SQLite and PostgreSQL alike.
@Suite struct LedgerStoreTests {
    static let march = Date(timeIntervalSince1970: 1_772_400_000)

    @Test(arguments: StoreBackend.all) func runsAppendChainedEntries(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.open(database)

        let first = try store.record(StoreFixtures.assessment(), recordedAt: Self.march)
        let second = try store.record(StoreFixtures.assessment(), recordedAt: Self.march.addingTimeInterval(60))
        let entries = try store.ledgerEntries(runID: nil)

        #expect(entries.map(\.sequence) == [1, 2])
        #expect(entries.map(\.runID) == [first, second])
        #expect(entries.map(\.action) == [.runRecorded, .runRecorded])
        #expect(entries[0].previousHash == LedgerEntry.genesisHash)
        #expect(entries[1].previousHash == entries[0].entryHash)
        #expect(entries[0].actor == "tester@clinic")
        #expect(try store.verifyRecords().isIntact)
    }

    @Test(arguments: StoreBackend.all) func appendedEntryHashesItsCanonicalText(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.open(database)
        let draft = try LedgerDraft(
            action: .planChanged, actor: "officer@clinic", organizationID: "riverside", runID: nil,
            subject: "plan-item-3", encoding: ["status": "closed"])

        let entry = try store.appendLedgerEntry(draft, recordedAt: Self.march)

        #expect(entry.payload == #"{"status":"closed"}"#)
        #expect(entry.payloadSHA256 == SHA256Hasher.hex(of: entry.payload))
        #expect(entry.entryHash == SHA256Hasher.hex(of: entry.canonicalText))
        #expect(entry.canonicalText.hasPrefix("evident-ledger-v1\n1\n2026-03-01T21:20:00.000Z\nofficer@clinic\n"))
        #expect(try store.ledgerEntries(runID: nil) == [entry])
        #expect(try store.verifyRecords().isIntact)
    }

    @Test(arguments: StoreBackend.all) func entriesFilterByActionAndOrganization(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.open(database)
        let drafts = [
            ("clinic", LedgerAction.exceptionRecorded), ("clinic", .planChanged), ("other", .exceptionRecorded),
            ("clinic", .decisionRecorded),
        ].map { organization, action in
            LedgerDraft(
                action: action, actor: "officer@clinic", organizationID: organization, runID: nil, subject: "x",
                payload: "{}")
        }
        for draft in drafts { _ = try store.appendLedgerEntry(draft, recordedAt: Self.march) }

        let entries = try store.ledgerEntries(
            actions: [.exceptionRecorded, .decisionRecorded], organizationID: "clinic")

        #expect(entries.map(\.sequence) == [1, 4])
        #expect(entries.map(\.action) == [.exceptionRecorded, .decisionRecorded])
    }

    @Test(arguments: StoreBackend.all) func lineBreakInActorIsRejected(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.open(database)
        let draft = LedgerDraft(
            action: .decisionRecorded, actor: "eve\nmallory", organizationID: nil, runID: nil, subject: "x",
            payload: "{}")

        #expect(throws: LedgerError.invalidField(field: "actor", value: "eve\nmallory")) {
            try store.appendLedgerEntry(draft, recordedAt: Self.march)
        }
        #expect(try store.ledgerEntries(runID: nil).isEmpty)
    }

    @Test(arguments: StoreBackend.all) func ledgerRejectsUpdateAndDelete(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.open(database)
        _ = try store.record(StoreFixtures.assessment(), recordedAt: Self.march)
        let connection = try database.connect()

        #expect(throws: StoreError.self) { try connection.run("UPDATE ledger_entries SET actor = 'mallory'") }
        #expect(throws: StoreError.self) { try connection.run("DELETE FROM ledger_entries") }
        #expect(try database.rowCount("ledger_entries") == 1)
    }

    @Test(arguments: StoreBackend.all) func evidenceIsKeptOnceAndReadBack(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.open(database)
        let content = Array("username,role\nava,nurse\n".utf8)
        let sha256 = SHA256Hasher.hex(of: content)

        let first = try store.keepEvidence(
            content, path: "evidence/a.csv", expectedSHA256: sha256, recordedAt: Self.march)
        let second = try store.keepEvidence(
            content, path: "evidence/b.csv", expectedSHA256: nil, recordedAt: Self.march)

        #expect(first == second)
        #expect(first.sha256 == sha256)
        #expect(first.bytes == Int64(content.count))
        #expect(try store.evidenceContent(sha256: sha256) == content)
        #expect(try store.ledgerEntries(runID: nil).map(\.action) == [.evidenceStored])
        #expect(try database.rowCount("evidence_objects") == 1)
        #expect(try store.verifyRecords().evidenceFiles == 1)
    }

    @Test(arguments: StoreBackend.all) func changedContentIsNotKept(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.open(database)
        let expected = String(repeating: "0", count: 64)
        let found = SHA256Hasher.hex(of: Array("new".utf8))

        #expect(throws: LedgerError.contentChanged(path: "evidence/a.csv", expected: expected, found: found)) {
            try store.keepEvidence(
                Array("new".utf8), path: "evidence/a.csv", expectedSHA256: expected, recordedAt: Self.march)
        }
        #expect(try database.rowCount("evidence_objects") == 0)
    }

    @Test(arguments: StoreBackend.all) func runListsTheEvidenceItKept(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try Self.open(database)
        let (assessment, content) = Self.assessmentWithKeptEvidence()
        _ = try store.keepEvidence(content, path: "evidence/roster.csv", expectedSHA256: nil, recordedAt: Self.march)

        let runID = try store.record(assessment, recordedAt: Self.march)
        let entries = try store.ledgerEntries(runID: runID)

        #expect(entries.map(\.action) == [.evidenceStored, .runRecorded])
        #expect(entries[1].payload.contains(#""evidence":[{"path":"evidence/roster.csv","sha256":""#))
        #expect(try store.verifyRecords().isIntact)
    }

    // MARK: - Helpers

    /// Opens the store with a fixed actor, as a user on a host named `clinic`.
    static func open(_ database: TestDatabase) throws -> any LedgerStore {
        let store = try database.open()
        if let sqlite = store as? SQLiteStore {
            sqlite.actor = "tester@clinic"
            return sqlite
        }
        let postgreSQL = try #require(store as? PostgreSQLStore)
        postgreSQL.actor = "tester@clinic"
        return postgreSQL
    }

    /// An assessment whose one evidence file is `content`, with its real SHA-256.
    static func assessmentWithKeptEvidence() -> (Assessment, [UInt8]) {
        let content = Array("employee_id,name,status\n1,Ava Stone,active\n".utf8)
        var assessment = StoreFixtures.assessment()
        assessment.evidence = [
            EvidenceFile(
                path: "evidence/roster.csv", sha256: SHA256Hasher.hex(of: content), format: .accessList, records: 1)
        ]
        return (assessment, content)
    }
}
