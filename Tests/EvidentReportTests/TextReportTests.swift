import EvidentCore
import Testing

@testable import EvidentReport

@Suite struct TextReportTests {
    @Test func headerNamesOrganizationDayAndProfile() {
        let text = TextReport.render(ReportFixtures.assessment())

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "HIPAA Security Rule assessment: Riverside Family Practice")
        #expect(lines[1] == "Covered entity riverside-family-practice, as of 2026-03-01, profile hipaa-security-rule")
    }

    @Test func postureShowsCountsPerCategory() throws {
        let text = TextReport.render(ReportFixtures.assessment())

        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("Posture by safeguard category") })
        #expect(lines[header].hasSuffix("           passed  failed  insufficient     n/a  applicable"))
        #expect(
            lines[header + 1]
                == "  Administrative safeguards (164.308)          1       0             0       1           1")
        #expect(
            lines[header + 2]
                == "  Technical safeguards (164.312)               0       1             1       0           2")
    }

    @Test func groupsFollowPriorityOrder() throws {
        let text = TextReport.render(ReportFixtures.assessment())

        // Both lead with a critical finding; the MFA check names more subjects, so it comes first.
        let mfa = try #require(text.range(of: "1. CRITICAL auth.mfa-coverage"))
        let encryption = try #require(text.range(of: "2. CRITICAL (missing-evidence) device.encryption"))
        let baa = try #require(text.range(of: "3. LOW (warning) vendor.baa-current"))
        #expect(mfa.lowerBound < encryption.lowerBound)
        #expect(encryption.lowerBound < baa.lowerBound)
        #expect(!text.contains("network.open-ports"))
    }

    @Test func groupShowsCitationsLifecycleAndSubjects() {
        let text = TextReport.render(ReportFixtures.assessment())

        #expect(text.contains("   Cites 164.312(d); status fail; missing: implemented\n"))
        #expect(
            text.contains(
                "   Cites 164.312(a)(2)(iv), 164.310(d)(1); status insufficient-evidence; missing: maintained,\n   evidenced\n"
            ))
        #expect(text.contains("   7 findings about 7 subjects, 2 touching ePHI\n"))
        #expect(text.contains("   - user user1@example.org: user1@example.org has no MFA method registered. [ePHI]\n"))
    }

    @Test func examplesAreLimitedWithCountOfRest() {
        let text = TextReport.render(ReportFixtures.assessment(), maximumExamples: 3)

        #expect(text.contains("user3@example.org: "))
        #expect(!text.contains("user4@example.org: "))
        #expect(text.contains("   and 4 more; --output DIR lists every finding\n"))
    }

    @Test func fixAppearsOncePerCheck() {
        let text = TextReport.render(ReportFixtures.assessment(), maximumExamples: 5)

        #expect(text.components(separatedBy: "Fix: Require MFA registration in Entra ID.").count == 2)
        #expect(text.contains("   Fix: Export All devices from Intune again.\n"))
    }

    @Test func distinctFixesFollowTheirFindings() {
        var assessment = ReportFixtures.assessment()
        assessment.results[0].findings[1].remediation = "Disable user2@example.org."

        let text = TextReport.render(assessment, maximumExamples: 2)

        #expect(
            text.contains("has no MFA method registered. [ePHI]\n     Fix: Require MFA registration in Entra ID.\n"))
        #expect(text.contains("     Fix: Disable user2@example.org.\n"))
    }

    @Test func totalLineCountsChecksAndFindings() {
        let text = TextReport.render(ReportFixtures.assessment())

        #expect(
            text.hasSuffix(
                "\nTotal: 4 checks: 1 pass, 1 fail, 1 insufficient, 1 n/a. 9 findings: 2 critical, 6 high, 1 low.\n"))
    }

    @Test func linesFitInHundredColumns() {
        var assessment = ReportFixtures.assessment()
        assessment.results[0].findings[0].message = String(repeating: "a long message that keeps going ", count: 12)

        let text = TextReport.render(assessment)

        for line in text.split(separator: "\n") {
            #expect(line.count <= TextReport.width, "\(line)")
        }
    }

    @Test func colorOnlyWhenRequested() {
        let plain = TextReport.render(ReportFixtures.assessment())
        let colored = TextReport.render(ReportFixtures.assessment(), useColor: true)

        #expect(!plain.contains("\u{1B}["))
        #expect(colored.contains("\u{1B}[1;31mCRITICAL\u{1B}[0m"))
    }

    @Test func emptyAssessmentStillHasTotal() {
        let empty = Assessment(
            organization: Organization(name: "Empty", kind: .coveredEntity), asOf: ReportFixtures.asOf,
            profile: "hipaa-security-rule", evidence: [], results: [], posture: [])

        let text = TextReport.render(empty)

        #expect(text.contains("No checks were evaluated."))
        #expect(!text.contains("Findings by priority"))
        #expect(text.hasSuffix("Total: 0 checks. 0 findings.\n"))
    }
}
