import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct IntegrityMonitoringCheckTests {
    typealias Build = InventoryBuilder
    let check = IntegrityMonitoringCheck()

    func activity(_ host: String, _ instant: String, changes: Int = 0, line: Int = 1) -> FileIntegrityActivity {
        let date = Build.instant(instant)
        return FileIntegrityActivity(
            host: host, tool: .aide, day: CalendarDay(containing: date), latest: date, changes: changes,
            example: changes > 0 ? "changed /etc/sudoers" : nil,
            evidence: EvidenceReference(path: "evidence/\(host).aide.log", line: line))
    }

    func inventory(_ activity: [FileIntegrityActivity], reviews: [ReviewRecord] = []) -> Inventory {
        var inventory = Inventory(
            systems: [
                Build.ephiSystem("pm", hosts: ["pm-srv01", "10.20.0.12"]),
                Build.ephiSystem("ehr", hosts: ["x.vendor.example"]),
            ],
            attestations: Attestations(reviews: reviews))
        inventory.fileIntegrity = activity
        return inventory
    }

    func review(_ day: String, system: String? = "pm", activity: String = "file-integrity") -> ReviewRecord {
        ReviewRecord(
            activity: activity, system: system, performed: Build.day(day), evidence: Build.attestation(line: 9))
    }

    @Test func monitoredHostWithCleanReportPasses() {
        let result = evaluate(check, inventory([activity("PM-SRV01.riverside.local", "2026-11-29T04:00:00Z")]))

        #expect(result.status == .pass)
        #expect(result.summary == "Evaluated 1 on-premises ePHI host: no findings.")
    }

    @Test func uncoveredHostFails() throws {
        var inventory = inventory([activity("lab-if01", "2026-11-29T04:00:00Z")])
        inventory.systems.append(Build.ephiSystem("lab", hosts: ["lab-if01"]))

        let result = evaluate(check, inventory)

        let finding = try #require(result.findings.first)
        #expect(result.status == .fail)
        #expect(finding.subject == Subject(kind: .host, id: "pm-srv01"))
        #expect(finding.severity == .high)
        #expect(result.findings.count == 1)
    }

    @Test func noReportIsMissingEvidence() {
        let result = evaluate(check, inventory([]))

        #expect(result.status == .insufficientEvidence)
        #expect(result.subjectIDs == ["file-integrity-report"])
        #expect(!result.lifecycle.evidenced)
    }

    /// The end of 2026-11-30 minus 7 days is 2026-11-24T00:00:00Z.
    @Test func reportAtAgeLimitPassesAndOlderIsStale() {
        #expect(evaluate(check, inventory([activity("pm-srv01", "2026-11-24T00:00:00Z")])).status == .pass)

        let stale = evaluate(check, inventory([activity("pm-srv01", "2026-11-23T23:59:59Z")]))

        #expect(stale.status == .insufficientEvidence)
        #expect(!stale.lifecycle.maintained)
    }

    @Test func unreviewedOldChangesFail() throws {
        let result = evaluate(
            check,
            inventory([
                activity("pm-srv01", "2026-11-20T04:00:00Z", changes: 2), activity("pm-srv01", "2026-11-29T04:00:00Z"),
            ]))

        let finding = try #require(result.findings.first)
        #expect(result.status == .fail)
        #expect(finding.message.contains("2 file changes flagged on host pm-srv01 on 2026-11-20"))
        #expect(finding.message.contains("no review is recorded"))
        #expect(!result.lifecycle.maintained)
    }

    @Test func reviewOnOrAfterChangeDayClearsIt() {
        let activity = [
            activity("pm-srv01", "2026-11-20T04:00:00Z", changes: 2), activity("pm-srv01", "2026-11-29T04:00:00Z"),
        ]

        #expect(evaluate(check, inventory(activity, reviews: [review("2026-11-20")])).status == .pass)
        #expect(evaluate(check, inventory(activity, reviews: [review("2026-11-19")])).status == .fail)
        #expect(evaluate(check, inventory(activity, reviews: [review("2026-11-21", system: "ehr")])).status == .fail)
        #expect(
            evaluate(check, inventory(activity, reviews: [review("2026-11-21", activity: "audit-logs")])).status
                == .fail)
        #expect(evaluate(check, inventory(activity, reviews: [review("2026-11-21", system: nil)])).status == .pass)
    }

    @Test func recentChangesWithinReviewLimitPass() {
        let result = evaluate(
            check,
            inventory([
                activity("pm-srv01", "2026-11-23T04:00:00Z", changes: 1), activity("pm-srv01", "2026-11-29T04:00:00Z"),
            ]))

        #expect(result.status == .pass)
    }

    @Test func declaredCloudSystemIsOutOfScope() {
        var system = Build.ephiSystem("pm", hosts: ["pm-srv01"])
        system.hosting = .cloud

        let result = evaluate(check, Inventory(systems: [system]))

        #expect(result.status == .notApplicable)
    }

    @Test func reportsAfterAsOfAreIgnored() {
        #expect(
            evaluate(check, inventory([activity("pm-srv01", "2026-12-01T00:00:01Z")])).status == .insufficientEvidence)
    }

    @Test func unreadableAIDEReportIsMissingEvidence() {
        var inventory = inventory([activity("pm-srv01", "2026-11-29T04:00:00Z")])
        inventory.evidenceFiles = [Build.evidenceFile("evidence/x.aide.log", .aideCheck, error: "cut short")]

        let result = evaluate(check, inventory)

        #expect(result.status == .insufficientEvidence)
        #expect(result.subjectIDs == ["evidence/x.aide.log"])
    }
}
