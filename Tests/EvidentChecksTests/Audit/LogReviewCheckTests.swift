import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct LogReviewCheckTests {
    typealias Build = InventoryBuilder
    let check = LogReviewCheck()

    func review(_ activity: String, system: String? = "ehr", on day: String) -> ReviewRecord {
        ReviewRecord(
            activity: activity, system: system, performed: Build.day(day), evidence: Build.attestation(line: 30))
    }

    func inventory(_ reviews: [ReviewRecord]) -> Inventory {
        Inventory(systems: [Build.ephiSystem()], attestations: Attestations(reviews: reviews))
    }

    /// 2026-09-01 is exactly 90 days before 2026-11-30.
    @Test func reviewExactlyAtLimitPasses() {
        #expect(evaluate(check, inventory([review("audit-logs", on: "2026-09-01")])).status == .pass)
    }

    @Test func reviewOneDayBeyondLimitFails() throws {
        let result = evaluate(check, inventory([review("audit-logs", on: "2026-08-31")]))

        let finding = try #require(result.findings.first)
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("last reviewed on 2026-08-31 (91 days ago)"))
        #expect(finding.evidence.contains(Build.attestation(line: 30)))
        #expect(!result.lifecycle.maintained)
    }

    @Test func neverReviewedFails() {
        let result = evaluate(check, inventory([review("restore-drill", on: "2026-11-01")]))

        #expect(result.findings.first?.message.contains("never reviewed") == true)
    }

    @Test(arguments: ["access-logs", "Information-System-Activity", "log-review"])
    func organizationWideReviewCounts(activity: String) {
        #expect(evaluate(check, inventory([review(activity, system: nil, on: "2026-11-15")])).status == .pass)
    }

    @Test func reviewOfAnotherSystemDoesNotCount() {
        #expect(evaluate(check, inventory([review("audit-logs", system: "pacs", on: "2026-11-15")])).status == .fail)
    }

    @Test func reviewAfterAsOfIsIgnored() {
        #expect(evaluate(check, inventory([review("audit-logs", on: "2026-12-01")])).status == .fail)
    }
}

@Suite struct LogReviewCheckStoredReviewTests {
    typealias Build = InventoryBuilder
    let check = LogReviewCheck()

    func stored(systems: [String], on day: String) -> LogReviewRecord {
        LogReviewRecord(
            id: 7, performed: Build.day(day), reviewer: "Carol Jensen", systems: systems, periodStart: nil,
            periodEnd: nil, events: 120, findings: [:], sources: [])
    }

    func inventory(_ reviews: [LogReviewRecord]) -> Inventory {
        var inventory = Inventory(systems: [Build.ephiSystem()])
        inventory.logReviews = reviews
        return inventory
    }

    @Test func storedReviewOfSystemPasses() {
        #expect(evaluate(check, inventory([stored(systems: ["EHR"], on: "2026-11-20")])).status == .pass)
    }

    @Test func storedReviewOfOtherSystemFails() throws {
        let result = evaluate(check, inventory([stored(systems: ["pacs"], on: "2026-11-20")]))

        #expect(result.status == .fail)
        #expect(try #require(result.findings.first).message.contains("never reviewed"))
    }

    @Test func staleStoredReviewIsCited() throws {
        let result = evaluate(check, inventory([stored(systems: ["ehr"], on: "2026-08-01")]))

        let finding = try #require(result.findings.first)
        #expect(finding.message.contains("last reviewed on 2026-08-01"))
        #expect(finding.evidence.contains(EvidenceReference(path: ".evident/evident.db#log-review-7")))
    }

    @Test func storedReviewAfterAsOfIsIgnored() {
        #expect(evaluate(check, inventory([stored(systems: ["ehr"], on: "2026-12-01")])).status == .fail)
    }
}
