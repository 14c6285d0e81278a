import EvidentCore
import EvidentIngest
import Testing

@Suite("Workspace requirement attestations")
struct WorkspaceRequirementAttestationsTests {
    private func read(_ attestations: String) throws -> Attestations {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("documents/sanctions.md", "# Sanctions\n")
        try fixture.write("attestations.yaml", attestations)
        return try fixture.read().attestations
    }

    @Test func readsEveryField() throws {
        let attestations = try read(
            """
            requirements:
              - citation: 164.308(a)(1)(ii)(C)
                statement: Sanctions are applied and recorded.
                document: documents/sanctions.md
                attested: 2026-03-12
                reviewer: Carol Jensen
                review_every_months: 6
              - citation: 164.314(b)(1)
                applicable: false
                statement: No group health plan.
                document: documents/missing.md
            """)

        #expect(
            attestations.requirements == [
                RequirementAttestation(
                    citation: "164.308(a)(1)(ii)(C)", statement: "Sanctions are applied and recorded.",
                    document: "documents/sanctions.md", documentExists: true,
                    attested: CalendarDay(year: 2026, month: 3, day: 12), reviewer: "Carol Jensen",
                    reviewEveryMonths: 6, evidence: EvidenceReference(path: "attestations.yaml", line: 2)),
                RequirementAttestation(
                    citation: "164.314(b)(1)", statement: "No group health plan.", applicable: false,
                    document: "documents/missing.md", documentExists: false,
                    evidence: EvidenceReference(path: "attestations.yaml", line: 8)),
            ])
    }

    @Test func statementIsRequired() {
        #expect(throws: WorkspaceError.self) {
            try read("requirements:\n  - citation: 164.310(b)\n")
        }
    }

    @Test func cadenceBelowOneIsRejected() {
        #expect(throws: WorkspaceError.self) {
            try read("requirements:\n  - citation: 164.310(b)\n    statement: s\n    review_every_months: 0\n")
        }
    }

    @Test func currentThroughAddsCalendarMonths() {
        let attestation = RequirementAttestation(
            citation: "164.310(b)", statement: "s", attested: CalendarDay(year: 2025, month: 8, day: 31),
            reviewEveryMonths: 6, evidence: EvidenceReference(path: "attestations.yaml"))

        #expect(attestation.currentThrough == CalendarDay(year: 2026, month: 2, day: 28))
    }
}
