import EvidentCore
import EvidentIngest
import Testing

@Suite("Workspace risk settings and treatments")
struct WorkspaceRiskTests {
    static let organization = "organization:\n  name: Lakeside Dental\n  kind: covered-entity\n"

    private func read(settings: String = organization, attestations: String = "") throws -> WorkspaceDeclarations {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("evident.yaml", settings)
        try fixture.write("attestations.yaml", attestations)
        return try fixture.read()
    }

    @Test func riskSettingsReplaceDefaults() throws {
        let settings = try read(
            settings: Self.organization
                + "risk:\n  individuals: 4200\n  failing_check_steps: 1\n  safeguard_credit_steps: 0\n"
        ).settings

        #expect(settings.risk.individuals == 4200)
        #expect(settings.risk.failingCheckSteps == 1)
        #expect(settings.risk.safeguardCreditSteps == 0)
        #expect(settings.risk.insufficientEvidenceSteps == RiskSettings().insufficientEvidenceSteps)
        #expect(settings.risk.largeBreachIndividuals == 500)
    }

    @Test func negativeStepIsRejected() {
        #expect(throws: WorkspaceError.self) {
            try read(settings: Self.organization + "risk:\n  failing_check_steps: -1\n")
        }
    }

    @Test func unknownRiskKeyWarns() throws {
        let declarations = try read(settings: Self.organization + "risk:\n  individual: 10\n")

        #expect(declarations.warnings.contains { $0.contains("individual") })
    }

    @Test func treatmentsReadEveryField() throws {
        let attestations = try read(
            attestations: """
                risk_treatments:
                  - threat: ransomware
                    asset: system:ehr
                    treatment: accept
                    owner: Carol Jensen
                    approver: Dr. Alan Reed
                    expires: 2027-06-30
                    rationale: Offline backups restore within a day.
                """
        ).attestations

        #expect(
            attestations.riskTreatments == [
                RiskTreatment(
                    threat: "ransomware", asset: "system:ehr", kind: .accept, owner: "Carol Jensen",
                    approver: "Dr. Alan Reed", expires: CalendarDay(year: 2027, month: 6, day: 30),
                    rationale: "Offline backups restore within a day.",
                    evidence: EvidenceReference(path: "attestations.yaml", line: 2))
            ])
    }

    @Test func acceptanceNeedsExpiry() {
        #expect(throws: WorkspaceError.self) {
            try read(
                attestations: "risk_treatments:\n  - threat: ransomware\n    asset: system:ehr\n    treatment: accept\n"
                    + "    owner: A\n    approver: B\n")
        }
    }

    @Test func mitigationNeedsDueDate() {
        #expect(throws: WorkspaceError.self) {
            try read(
                attestations: "risk_treatments:\n  - threat: ransomware\n    asset: system:ehr\n"
                    + "    treatment: mitigate\n    owner: A\n    approver: B\n")
        }
    }

    @Test func assetWithoutKindIsRejected() {
        #expect(throws: WorkspaceError.self) {
            try read(
                attestations: "risk_treatments:\n  - threat: ransomware\n    asset: ehr\n    treatment: avoid\n"
                    + "    owner: A\n    approver: B\n    due: 2027-01-01\n")
        }
    }
}
