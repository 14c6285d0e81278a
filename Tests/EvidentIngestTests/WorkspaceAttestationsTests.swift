import EvidentCore
import EvidentIngest
import Testing

@Suite("Workspace attestations")
struct WorkspaceAttestationsTests {
    private let path = "attestations.yaml"

    private func read(_ attestations: String) throws -> WorkspaceDeclarations {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("attestations.yaml", attestations)
        return try fixture.read()
    }

    private func readError(_ attestations: String) -> WorkspaceError? {
        #expect(throws: WorkspaceError.self) {
            try read(attestations)
        }
    }

    @Test func validAttestations() throws {
        let attestations = try read(WorkspaceSamples.attestations).attestations

        #expect(
            attestations.riskAnalysis
                == RiskAnalysisRecord(
                    performed: WorkspaceFixture.day("2025-11-20"), performedBy: "Dana Reyes",
                    document: "documents/risk-analysis-2025.pdf", documentExists: true,
                    evidence: EvidenceReference(path: path, line: 2)))
        #expect(
            attestations.policies == [
                PolicyRecord(
                    id: "access-control", title: "Access control policy",
                    document: "documents/policies/access-control.md",
                    documentExists: true, approved: CalendarDay(year: 2024, month: 5, day: 1),
                    reviewed: CalendarDay(year: 2025, month: 5, day: 2),
                    evidence: EvidenceReference(path: path, line: 6)),
                PolicyRecord(
                    id: "contingency-plan", document: "documents/policies/contingency-plan.md", documentExists: false,
                    evidence: EvidenceReference(path: path, line: 11)),
            ])
        #expect(
            attestations.decisions == [
                AddressableDecision(
                    citation: "164.312(a)(2)(iv)", decision: .alternative,
                    rationale: "Full-disk encryption on every workstation instead of per-file encryption.",
                    decided: CalendarDay(year: 2025, month: 2, day: 10), owner: "Dana Reyes",
                    evidence: EvidenceReference(path: path, line: 14))
            ])
        #expect(
            attestations.reviews == [
                ReviewRecord(
                    activity: "audit-logs", system: "ehr", performed: WorkspaceFixture.day("2026-02-27"),
                    performedBy: "Dana Reyes", evidence: EvidenceReference(path: path, line: 20))
            ])
        #expect(
            attestations.restoreTests == [
                RestoreTestRecord(
                    system: "ehr", performed: WorkspaceFixture.day("2025-12-05"), succeeded: true,
                    restored: "full VM to an isolated network", performedBy: "Evan Brooks",
                    evidence: EvidenceReference(path: path, line: 25))
            ])
        #expect(attestations.serviceAccounts == ["svc-backup", "svc-scanner"])
        #expect(attestations.evidence == EvidenceReference(path: path))
    }

    @Test func emptyFileGivesEmptyRecords() throws {
        let attestations = try read("# nothing recorded yet\n").attestations

        #expect(attestations == Attestations(evidence: EvidenceReference(path: path)))
    }

    @Test func failedRestoreTest() throws {
        let text = "restore_tests:\n  - system: ehr\n    performed: 2026-01-10\n    result: failed\n"

        let test = try #require(try read(text).attestations.restoreTests.first)

        #expect(!test.succeeded)
    }

    @Test func notReasonableDecision() throws {
        let text =
            "decisions:\n  - citation: 164.312(e)(2)(ii)\n    decision: not-reasonable\n    rationale: No ePHI leaves the LAN.\n"

        #expect(try read(text).attestations.decisions.first?.decision == .notReasonable)
    }

    @Test func invalidDecisionListsKinds() {
        let error = readError("decisions:\n  - citation: 164.312(a)(2)(iv)\n    decision: maybe\n")

        #expect(
            error?.description
                == "attestations.yaml:3: decision is \"maybe\"; expected one of implemented, alternative, not-reasonable."
        )
    }

    @Test func invalidRestoreResult() {
        let error = readError("restore_tests:\n  - system: ehr\n    performed: 2026-01-10\n    result: ok\n")

        #expect(error?.description == "attestations.yaml:4: result is \"ok\"; expected one of success, failed.")
    }

    @Test func restoreTestWithoutResult() {
        let error = readError("restore_tests:\n  - system: ehr\n    performed: 2026-01-10\n")

        #expect(
            error?.description == "attestations.yaml:2: result is missing; add result: with one of success, failed.")
    }

    @Test func riskAnalysisWithoutDate() {
        let error = readError("risk_analysis:\n  performed_by: Dana Reyes\n")

        #expect(
            error?.description
                == "attestations.yaml:2: risk_analysis.performed is missing; add performed: with a date as YYYY-MM-DD.")
    }

    @Test func reviewWithInvalidDate() {
        let error = readError("reviews:\n  - activity: audit-logs\n    performed: last week\n")

        #expect(error?.description == "attestations.yaml:3: performed is \"last week\"; expected a date as YYYY-MM-DD.")
    }

    @Test func policyWithoutID() {
        let error = readError("policies:\n  - title: Access control\n")

        #expect(error?.description == "attestations.yaml:2: id is missing; add id: with text.")
    }

    @Test func policiesAsMappingIsInvalid() {
        let error = readError("policies:\n  access-control: documents/ac.md\n")

        guard case .invalidYAML(.invalidValue(_, 2, "policies", "a mapping", _)) = error else {
            Issue.record("expected policies to need a list, got \(String(describing: error))")
            return
        }
    }

    @Test func serviceAccountsMustBeText() {
        let error = readError("service_accounts:\n  - svc-backup\n  - {name: svc-scan}\n")

        #expect(error?.description == "attestations.yaml:3: service_accounts item 2 is a mapping; expected text.")
    }

    @Test func unknownKeysWarnAtEveryLevel() throws {
        let text = """
            risk_analysis:
              performed: 2025-11-20
              perfomed_by: Dana
            policies:
              - id: access-control
                aproved: 2025-01-01
            restore_test: []
            """

        let warnings = try read(text).warnings

        #expect(
            warnings == [
                "attestations.yaml:7: unknown key \"restore_test\" is ignored; did you mean \"restore_tests\"?",
                "attestations.yaml:3: unknown key \"risk_analysis.perfomed_by\" is ignored; "
                    + "did you mean \"risk_analysis.performed_by\"?",
                "attestations.yaml:6: unknown key \"aproved\" is ignored; did you mean \"approved\"?",
            ])
    }

    @Test func documentsAreCheckedRelativeToWorkspace() throws {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("docs/policy.pdf", "%PDF")
        try fixture.write(
            "attestations.yaml",
            "policies:\n  - id: a\n    document: docs/policy.pdf\n  - id: b\n    document: docs\n  - id: c\n    document: docs/none.pdf\n"
        )

        let policies = try fixture.read().attestations.policies

        #expect(policies.map(\.documentExists) == [true, false, false])
    }
}
