import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct PolicyDocumentedCheckTests {
    typealias Build = InventoryBuilder
    let check = PolicyDocumentedCheck()
    let settings = Build.settings(requiredPolicies: ["access-control"])

    func policy(approved: String? = nil, reviewed: String? = nil, exists: Bool = true) -> PolicyRecord {
        PolicyRecord(
            id: "Access-Control", document: "policies/access-control.pdf", documentExists: exists,
            approved: approved.map(Build.day), reviewed: reviewed.map(Build.day), evidence: Build.attestation(line: 12))
    }

    func result(_ policies: [PolicyRecord]) -> CheckResult {
        evaluate(check, Inventory(attestations: Attestations(policies: policies)), settings: settings)
    }

    @Test func reviewExactlyAtLimitPasses() {
        #expect(result([policy(approved: "2024-01-10", reviewed: "2025-11-30")]).status == .pass)
    }

    @Test func reviewOneDayBeyondLimitFails() throws {
        let result = result([policy(approved: "2025-11-29")])

        let finding = try #require(result.findings.first)
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("2025-11-29, 366 days ago"))
        #expect(!result.lifecycle.maintained)
    }

    @Test func neverApprovedFails() {
        #expect(result([policy()]).findings.first?.message.contains("no approval or review date") == true)
    }

    @Test func missingPolicyIsHigh() throws {
        let finding = try #require(result([]).findings.first)

        #expect(finding.severity == .high)
        #expect(finding.subject == Subject(kind: .policy, id: "access-control"))
    }

    @Test func missingDocumentIsMissingEvidence() {
        let result = result([policy(reviewed: "2026-05-01", exists: false)])

        #expect(result.status == .insufficientEvidence)
        #expect(!result.lifecycle.evidenced)
    }

    @Test func defaultRequiredPoliciesAreAllChecked() {
        let result = evaluate(check, Inventory())

        #expect(result.findings.count == WorkspaceSettings.defaultRequiredPolicies.count)
    }

    @Test func emptyRequiredListIsNotApplicable() {
        let result = evaluate(check, Inventory(), settings: Build.settings(requiredPolicies: []))

        #expect(result.status == .notApplicable)
    }
}
