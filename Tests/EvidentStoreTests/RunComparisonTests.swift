import EvidentCore
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentStore

/// Stored inventories and `Store.compare`, on both backends.
@Suite struct RunComparisonTests {
    /// March: Ava and Ben enabled, one laptop, a BAA in force until April 15, two evidence files.
    static func marchInventory() -> Inventory {
        Inventory(
            systems: [InventoryBuilder.ephiSystem("ehr")],
            vendors: [
                InventoryBuilder.vendor("CloudChart EHR", expires: "2026-04-15"),
                InventoryBuilder.vendor("Shred-It Local", expires: "2027-01-31", line: 3),
            ],
            workforce: [InventoryBuilder.member("Ben Okafor", username: "ben", line: 2)],
            accounts: [
                InventoryBuilder.entraAccount("ava@example.org"),
                InventoryBuilder.entraAccount("ben@example.org", line: 3),
            ],
            devices: [InventoryBuilder.device("RFP-LT-001")],
            scannedHosts: [
                InventoryBuilder.host(
                    "10.0.0.5", services: [NetworkService(port: 443, transport: "tcp", name: "https")])
            ])
    }

    /// April: Ben left but his account stays enabled, Cai joined, a second laptop, the BAA expired.
    static func aprilInventory() -> Inventory {
        var inventory = marchInventory()
        inventory.workforce = [
            InventoryBuilder.member("Ben Okafor", username: "ben", status: .terminated, endDate: "2026-03-20", line: 2)
        ]
        inventory.accounts.append(InventoryBuilder.entraAccount("cai@example.org", line: 4))
        inventory.devices.append(InventoryBuilder.device("RFP-LT-002", encrypted: false, line: 3))
        inventory.scannedHosts = []
        return inventory
    }

    @Test(arguments: StoreBackend.all) func inventoryRowsAreStored(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()

        let runID = try store.record(
            StoreFixtures.assessment(), inventory: Self.marchInventory(), recordedAt: Date(timeIntervalSince1970: 1_000)
        )

        #expect(try database.rowCount("run_accounts") == 2)
        #expect(try database.rowCount("run_devices") == 1)
        #expect(try database.rowCount("run_hosts") == 1)
        #expect(try database.rowCount("run_systems") == 1)
        #expect(try database.rowCount("run_vendors") == 2)
        #expect(try database.rowCount("run_workforce") == 1)
        let items = try #require(try store.inventory(runID: runID))
        #expect(
            items.filter { $0.kind == .account }.map(\.key) == ["entra-id:ava@example.org", "entra-id:ben@example.org"])
        let vendor = try #require(items.first { $0.kind == .vendor })
        #expect(vendor.expires == CalendarDay(year: 2026, month: 4, day: 15))
        #expect(vendor.state == "ePHI access, BAA signed, expires 2026-04-15")
        #expect(items.first { $0.kind == .host }?.state == #"up, services ["443/tcp https"]"#)
    }

    @Test(arguments: StoreBackend.all) func hostsReportingTheirSystemAreStored(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        var inventory = Self.marchInventory()
        inventory.operatingSystems = [
            OperatingSystemReport(
                device: "LAB-03", operatingSystem: "Linux", osVersion: "24.04", productName: "Ubuntu",
                evidence: EvidenceReference(path: "evidence/osqueryd.results.log", line: 2))
        ]

        let runID = try store.record(StoreFixtures.assessment(), inventory: inventory, recordedAt: Date())

        let devices = try #require(try store.inventory(runID: runID)).filter { $0.kind == .device }
        #expect(devices.map(\.label) == ["RFP-LT-001", "LAB-03"])
    }

    @Test(arguments: StoreBackend.all) func runWithoutInventoryReadsAsNil(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()

        let runID = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 1_000))

        #expect(try store.inventory(runID: runID) == nil)
        #expect(try store.inventory(runID: runID + 1) == nil)
    }

    @Test(arguments: StoreBackend.all) func comparisonShowsDrift(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        let march = StoreFixtures.assessment()
        var april = StoreFixtures.assessment(asOf: CalendarDay(year: 2026, month: 4, day: 30)!)
        // Ava's finding is fixed; a new one appears for Cai; the encryption check now fails.
        april.results[0].findings.removeFirst()
        april.results[0].findings.append(
            Finding(
                checkID: "auth.mfa-coverage", severity: .critical, subject: Subject(kind: .user, id: "cai@example.org"),
                message: "cai@example.org has no MFA method registered.", remediation: "Register MFA.",
                evidence: [], touchesEPHI: true))
        april.results[1].status = .fail
        april.evidence[0].sha256 = String(repeating: "b", count: 64)
        april.evidence.removeLast()
        april.evidence.append(
            EvidenceFile(path: "evidence/scan.xml", sha256: String(repeating: "c", count: 64), format: .nmapXML))
        let first = try store.record(
            march, inventory: Self.marchInventory(), recordedAt: Date(timeIntervalSince1970: 1_000))
        let second = try store.record(
            april, inventory: Self.aprilInventory(), recordedAt: Date(timeIntervalSince1970: 2_000))

        let comparison = try store.compare(first, second)

        #expect(comparison.before.id == first)
        #expect(comparison.after.id == second)
        #expect(comparison.newFindings.map(\.subject.id) == ["cai@example.org"])
        #expect(comparison.resolvedFindings.map(\.subject.id) == ["ava@example.org"])
        #expect(comparison.statusChanges.map(\.checkID) == [april.results[1].checkID])
        #expect(comparison.statusChanges.first?.before == march.results[1].status)
        #expect(comparison.statusChanges.first?.after == .fail)
        #expect(comparison.inventoryCompared)
        let changes = comparison.inventoryChanges.map {
            "\($0.change.rawValue) \($0.item.kind.rawValue) \($0.item.label)"
        }
        #expect(
            changes == [
                "added account cai@example.org", "added device RFP-LT-002", "removed host 10.0.0.5",
                "changed workforce Ben Okafor",
            ])
        #expect(comparison.inventoryChanges.last?.previousState == "active, clinician")
        #expect(comparison.inventoryChanges.last?.item.state == "terminated, clinician, ended 2026-03-20")
        #expect(comparison.expiredBAAs.map(\.label) == ["CloudChart EHR"])
        #expect(comparison.staleEvidence.map(\.reason) == [.removed])
        #expect(comparison.staleEvidence.map(\.path) == [march.evidence[1].path])
        let evidenceChanges = comparison.evidenceChanges.map { "\($0.change.rawValue) \($0.path)" }
        #expect(
            evidenceChanges == [
                "changed evidence/DevicesWithInventory_2026-02-28.csv", "removed evidence/mfa.csv",
                "added evidence/scan.xml",
            ])
        #expect(comparison.evidenceChanges.first?.previousSHA256 == march.evidence[0].sha256)
        #expect(comparison.evidenceChanges.first?.sha256 == String(repeating: "b", count: 64))
        #expect(comparison.evidenceChanges.last?.previousSHA256 == nil)
    }

    @Test(arguments: StoreBackend.all) func unchangedEvidenceIsNotListed(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        let first = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 1_000))
        let second = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 2_000))

        let comparison = try store.compare(first, second)

        #expect(!comparison.inventoryCompared)
        #expect(comparison.newFindings.isEmpty)
        #expect(comparison.resolvedFindings.isEmpty)
        #expect(comparison.statusChanges.isEmpty)
        #expect(comparison.staleEvidence.isEmpty)
        #expect(comparison.evidenceChanges.isEmpty)
        #expect(comparison.isEmpty)
    }

    @Test(arguments: StoreBackend.all) func evidenceThatAgedIsStale(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        let march = StoreFixtures.assessment()
        // April: the same MFA export is now past the age limit. The unreadable Intune export gets a
        // finding about the file too, but that finding is not about its age.
        var april = StoreFixtures.assessment(asOf: CalendarDay(year: 2026, month: 4, day: 30)!)
        april.results[0].findings.append(
            Self.evidenceFinding(checkID: "auth.mfa-coverage", path: "evidence/mfa.csv"))
        april.results[1].findings.append(
            Self.evidenceFinding(checkID: "device.encryption", path: march.evidence[0].path))
        let first = try store.record(march, recordedAt: Date(timeIntervalSince1970: 1_000))
        let second = try store.record(april, recordedAt: Date(timeIntervalSince1970: 2_000))
        let third = try store.record(april, recordedAt: Date(timeIntervalSince1970: 3_000))

        let aged = try store.compare(first, second)
        let stillAged = try store.compare(second, third)
        let refreshed = try store.compare(second, first)

        #expect(aged.staleEvidence.map(\.path) == ["evidence/mfa.csv"])
        #expect(aged.staleEvidence.first?.reason == .aged)
        #expect(aged.staleEvidence.first?.sha256 == march.evidence[1].sha256)
        #expect(aged.staleEvidence.first?.newestRecord == CalendarDay(year: 2026, month: 2, day: 28))
        #expect(aged.evidenceChanges.isEmpty)
        #expect(stillAged.staleEvidence.isEmpty)
        #expect(refreshed.staleEvidence.isEmpty)
    }

    /// Returns a missing-evidence finding about one evidence file, as the checks' age rule raises it.
    static func evidenceFinding(checkID: String, path: String) -> Finding {
        Finding(
            checkID: checkID, kind: .missingEvidence, severity: .medium, subject: Subject(kind: .evidence, id: path),
            message: "The newest record in \(path) is from 2026-02-28, beyond the limit of 35 days.",
            remediation: "Export the file again.", evidence: [EvidenceReference(path: path)])
    }

    @Test(arguments: StoreBackend.all) func unknownRunIsReported(_ backend: StoreBackend) throws {
        let database = try TestDatabase(backend)
        defer { database.remove() }
        let store = try database.open()
        let first = try store.record(StoreFixtures.assessment(), recordedAt: Date(timeIntervalSince1970: 1_000))

        #expect(throws: StoreError.runNotFound(runID: first + 7)) {
            try store.compare(first, first + 7)
        }
    }
}
