import EvidentCore
import EvidentIngest
import Testing

@Suite("Workspace exceptions")
struct WorkspaceExceptionsTests {
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

    /// Builds one exception entry with every key, minus those named in `without`, and `expires` as given.
    private func entry(without: Set<String> = [], expires: String = "2027-03-31") -> String {
        let lines = [
            ("check", "    check: access.automatic-logoff"),
            ("subjects", "    subjects:\n      - pm-billing\n      - lab-interface"),
            ("reason", "    reason: Vendor release pending."),
            ("compensating_control", "    compensating_control: Screens lock after 10 minutes."),
            ("approver", "    approver: Carol Jensen"),
            ("approved", "    approved: 2026-09-15"),
            ("expires", "    expires: \(expires)"),
        ]
        let body = lines.filter { !without.contains($0.0) }.map(\.1).joined(separator: "\n")
        return "exceptions:\n  - " + body.dropFirst(4) + "\n"
    }

    @Test func validException() throws {
        let exceptions = try read(entry()).attestations.exceptions

        #expect(
            exceptions == [
                FindingException(
                    checkID: "access.automatic-logoff", subjects: ["pm-billing", "lab-interface"],
                    reason: "Vendor release pending.", compensatingControl: "Screens lock after 10 minutes.",
                    approver: "Carol Jensen", approved: WorkspaceFixture.day("2026-09-15"),
                    expires: WorkspaceFixture.day("2027-03-31"),
                    evidence: EvidenceReference(path: "attestations.yaml", line: 2))
            ])
    }

    @Test func omittedSubjectsAreEmpty() throws {
        let exceptions = try read(entry(without: ["subjects"])).attestations.exceptions

        #expect(exceptions.first?.subjects == [])
    }

    @Test func missingApproverIsAnError() {
        let error = readError(entry(without: ["approver"]))

        #expect(error?.description == "attestations.yaml:2: approver is missing; add approver: with text.")
    }

    @Test func missingExpiryIsAnError() {
        let error = readError(entry(without: ["expires"]))

        #expect(
            error?.description == "attestations.yaml:2: expires is missing; add expires: with a date as YYYY-MM-DD.")
    }

    @Test func expiryBeforeApprovalIsAnError() {
        let error = readError(entry(expires: "2026-09-01"))

        #expect(
            error?.description
                == "attestations.yaml:10: expires is 2026-09-01; expected a day after approved (2026-09-15); an "
                + "exception must expire after it is approved.")
    }

    @Test func expiryOnApprovalDayIsAnError() {
        let error = readError(entry(expires: "2026-09-15"))

        #expect(error?.line == 10)
    }

    @Test func blankReasonIsAnError() {
        let error = readError(entry().replacing("Vendor release pending.", with: "\"  \""))

        #expect(error?.description == "attestations.yaml:6: reason is blank; expected text.")
    }

    @Test func unknownKeyWarns() throws {
        let declarations = try read(entry() + "    expiry: 2027-01-01\n")

        let warning = try #require(declarations.warnings.first { $0.hasPrefix("attestations.yaml:11:") })
        #expect(warning.contains("expiry"))
    }
}
