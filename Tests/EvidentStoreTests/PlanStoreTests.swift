import EvidentChecks
import EvidentCore
import Foundation
import Testing

@testable import EvidentStore

@Suite struct PlanStoreTests {
    let organization = Organization(name: "Riverside Family Practice", kind: .coveredEntity)

    /// Whole seconds from a base instant, because the store keeps milliseconds.
    func instant(_ seconds: Int) -> Date {
        Date(timeIntervalSince1970: 1_796_000_000 + Double(seconds))
    }

    func item(_ subject: String, status: PlanItemStatus = .open, id: Int64 = 0) -> PlanItem {
        PlanItem(
            id: id, organizationID: organization.id, checkID: "auth.mfa-coverage",
            subject: Subject(kind: .user, id: subject), status: status, severity: .high,
            finding: "\(subject) has no MFA method registered.", fixSteps: "Require MFA registration in Entra ID.",
            proof: "An assessment without the finding.", due: CalendarDay(year: 2026, month: 4, day: 1)!,
            openedRunID: 1, updatedAt: instant(0))
    }

    /// Opens a plan store on a new database of a backend, with one run recorded for the organization.
    private func open(_ backend: StoreBackend) throws -> (database: TestDatabase, store: any Store & PlanStore) {
        let database = try TestDatabase(backend)
        let store = try #require(try database.open() as? any Store & PlanStore)
        _ = try store.record(StoreFixtures.assessment(organization: organization), recordedAt: instant(-60))
        return (database, store)
    }

    @Test(arguments: StoreBackend.all)
    func createdItemsReadBackWithIDs(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }

        let stored = try store.apply([
            PlanChange(item: item("ava@example.org"), reason: "run 1 found it", runID: 1, recordedAt: instant(0)),
            PlanChange(item: item("ben@example.org"), reason: "run 1 found it", runID: 1, recordedAt: instant(0)),
        ])
        let readBack = try store.planItems(organizationID: organization.id)

        #expect(stored.map(\.id).allSatisfy { $0 > 0 })
        #expect(readBack == stored)
        #expect(readBack.map(\.subject.id) == ["ava@example.org", "ben@example.org"])
    }

    @Test(arguments: StoreBackend.all)
    func everyChangeIsInTheHistory(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }
        var created = try #require(
            try store.apply([
                PlanChange(item: item("ava@example.org"), reason: "run 1 found it", runID: 1, recordedAt: instant(0))
            ])
            .first)

        created.status = .inProgress
        created.owner = "Tom Becker"
        created.updatedAt = instant(10)
        _ = try store.apply([PlanChange(item: created, reason: "set by a person", recordedAt: instant(10))])
        let history = try store.planHistory(itemID: created.id)

        #expect(history.map(\.position) == [1, 2])
        #expect(history.map(\.status) == [.open, .inProgress])
        #expect(history.map(\.owner) == [nil, "Tom Becker"])
        #expect(history.map(\.runID) == [1, nil])
        #expect(history.map(\.reason) == ["run 1 found it", "set by a person"])
        #expect(history.map(\.recordedAt) == [instant(0), instant(10)])
        #expect(try store.planItems(organizationID: organization.id) == [created])
    }

    @Test(arguments: StoreBackend.all)
    func everyChangeIsInTheLedger(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }
        var created = try #require(
            try store.apply([
                PlanChange(item: item("ava@example.org"), reason: "run 1 found it", runID: 1, recordedAt: instant(0))
            ])
            .first)

        created.status = .done
        _ = try store.apply([PlanChange(item: created, reason: "set by a person", recordedAt: instant(10))])
        let ledger = try #require(store as? any LedgerStore)
        let entries = try ledger.ledgerEntries(runID: nil).filter { $0.action == .planChanged }

        #expect(entries.map(\.subject) == [String(created.id), String(created.id)])
        #expect(entries.map(\.runID) == [1, nil])
        #expect(entries.last?.payload.contains(#""status":"done""#) == true)
        #expect(entries.last?.payload.contains(#""reason":"set by a person""#) == true)
    }

    @Test(arguments: StoreBackend.all)
    func updatingUnknownItemThrows(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }

        #expect(throws: StoreError.planItemNotFound(id: 42, organizationID: organization.id)) {
            try store.apply([PlanChange(item: item("ava@example.org", id: 42), reason: "x", recordedAt: instant(0))])
        }
    }

    @Test(arguments: StoreBackend.all)
    func failedChangeKeepsNothing(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }

        #expect(throws: StoreError.self) {
            try store.apply([
                PlanChange(item: item("ava@example.org"), reason: "run 1 found it", recordedAt: instant(0)),
                PlanChange(item: item("ben@example.org", id: 42), reason: "no such item", recordedAt: instant(0)),
            ])
        }

        #expect(try store.planItems(organizationID: organization.id).isEmpty)
        #expect(try database.rowCount("plan_item_changes") == 0)
    }

    @Test(arguments: StoreBackend.all)
    func secondCreationOfAKeyIsSkipped(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }
        let first = try store.apply([
            PlanChange(item: item("ava@example.org"), reason: "run 1 found it", recordedAt: instant(0))
        ])

        var again = item("ava@example.org")
        again.owner = "Someone Else"
        let second = try store.apply([
            PlanChange(item: again, reason: "run 2 found it", recordedAt: instant(5)),
            PlanChange(item: item("ben@example.org"), reason: "run 2 found it", recordedAt: instant(5)),
        ])

        #expect(second.map(\.subject.id) == ["ben@example.org"])
        #expect(try store.planItems(organizationID: organization.id).first == first.first)
        #expect(try store.planHistory(itemID: try #require(first.first?.id)).count == 1)
    }

    /// Records a run of an assessment and reconciles the plan with it, as `evident assess` does.
    private func recordAndReconcile(_ assessment: Assessment, _ store: any Store & PlanStore, at seconds: Int) throws {
        let recordedAt = instant(seconds)
        let runID = try store.record(assessment, recordedAt: recordedAt)
        let changes = PlanReconciler(dueDays: PlanDueDays()).changes(
            to: try store.planItems(organizationID: organization.id), for: assessment, runID: runID,
            recordedAt: recordedAt)
        _ = try store.apply(changes)
    }

    /// The fixture assessment without its finding about ben@example.org.
    private func fixedAssessment() -> Assessment {
        var assessment = StoreFixtures.assessment(organization: organization)
        assessment.results[0].findings.removeAll { $0.subject.id == "ben@example.org" }
        return assessment
    }

    @Test(arguments: StoreBackend.all)
    func lifecycleFromOpenToVerifiedAndBack(_ backend: StoreBackend) throws {
        let (database, store) = try open(backend)
        defer { database.remove() }
        let found = StoreFixtures.assessment(organization: organization)
        func ben() throws -> PlanItem {
            try #require(
                try store.planItems(organizationID: organization.id).first { $0.subject.id == "ben@example.org" })
        }

        try recordAndReconcile(found, store, at: 0)
        #expect(try ben().status == .open)
        #expect(try ben().due == CalendarDay(year: 2026, month: 3, day: 31)!)

        for (status, seconds) in [(PlanItemStatus.inProgress, 10), (.done, 20)] {
            var item = try ben()
            item.status = status
            item.updatedAt = instant(seconds)
            _ = try store.apply([PlanChange(item: item, reason: "set by a person", recordedAt: instant(seconds))])
        }
        #expect(try ben().status == .done)

        try recordAndReconcile(found, store, at: 30)
        #expect(try ben().status == .done)

        try recordAndReconcile(fixedAssessment(), store, at: 40)
        let verified = try ben()
        #expect(verified.status == .verified)
        #expect(verified.verifiedRunID != nil)

        try recordAndReconcile(found, store, at: 50)
        let reopened = try ben()
        #expect(reopened.status == .open)
        #expect(reopened.verifiedRunID == nil)
        #expect(
            try store.planHistory(itemID: reopened.id).map(\.status) == [.open, .inProgress, .done, .verified, .open])
    }
}
