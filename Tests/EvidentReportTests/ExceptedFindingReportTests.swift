import EvidentCore
import Foundation
import Testing

@testable import EvidentReport

/// Excepted findings stay visible, marked and counted, in every output format.
@Suite struct ExceptedFindingReportTests {
    let exception = FindingException(
        checkID: "auth.mfa-coverage", subjects: ["user3@example.org"], reason: "Hardware token on order.",
        compensatingControl: "Sign-in limited to the clinic network.", approver: "Dana Reyes",
        approved: CalendarDay(year: 2026, month: 2, day: 1)!, expires: CalendarDay(year: 2026, month: 6, day: 30)!,
        evidence: EvidenceReference(path: "attestations.yaml", line: 41))

    /// The fixture assessment with the finding about user3 excepted.
    func assessment() -> Assessment {
        var assessment = ReportFixtures.assessment()
        for index in assessment.results[0].findings.indices
        where assessment.results[0].findings[index].subject.id == "user3@example.org" {
            assessment.results[0].findings[index].exception = exception
        }
        return assessment
    }

    @Test func textMarksAndCountsTheExceptedFinding() {
        let text = TextReport.render(assessment(), maximumExamples: 10)

        #expect(text.contains("7 findings about 7 subjects, 2 touching ePHI, 1 excepted"))
        let flattened = text.replacing("\n", with: " ").split(separator: " ").joined(separator: " ")
        #expect(flattened.contains("[excepted until 2026-06-30, approved by Dana Reyes; compensating control:"))
        #expect(text.contains("; 1 of them excepted."))
    }

    @Test func textWithoutExceptionsSaysNothingOfThem() {
        let text = TextReport.render(ReportFixtures.assessment())

        #expect(!text.contains("excepted"))
    }

    @Test func jsonGivesStateExceptionAndCount() throws {
        let data = Data(try AssessmentJSON.render(assessment()).utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let results = try #require(document["results"] as? [[String: Any]])
        let findings = try #require(results.first?["findings"] as? [[String: Any]])
        let excepted = findings.filter { $0["state"] as? String == "excepted" }
        let summary = try #require(document["summary"] as? [String: Any])

        #expect(findings.count == 7)
        #expect(excepted.count == 1)
        #expect(findings.filter { $0["state"] as? String == "open" }.count == 6)
        let detail = try #require(excepted.first?["exception"] as? [String: Any])
        #expect(detail["approver"] as? String == "Dana Reyes")
        #expect(detail["expires"] as? String == "2026-06-30")
        #expect(detail["compensating_control"] as? String == "Sign-in limited to the clinic network.")
        #expect((detail["source"] as? [String: Any])?["line"] as? Int == 41)
        #expect(summary["findings_excepted"] as? Int == 1)
    }

    @Test func csvHasStateAndExceptionColumns() throws {
        let rows = FindingsCSV.render(assessment()).components(separatedBy: "\r\n").filter { !$0.isEmpty }

        #expect(rows[0].hasSuffix(",state,exception"))
        let excepted = try #require(rows.first { $0.contains("user3@example.org") })
        #expect(excepted.hasSuffix(",excepted,\"approved by Dana Reyes, expires 2026-06-30 (attestations.yaml:41)\""))
        #expect(rows.filter { $0.contains(",open,") }.count == rows.count - 2)
    }

    @Test func htmlShowsTheExceptionBesideTheFinding() {
        let html = HTMLReport.render(assessment())

        #expect(html.contains("<span class=\"badge excepted\">excepted</span> until 2026-06-30"))
        #expect(html.contains("Compensating control: Sign-in limited to the clinic network."))
        #expect(html.contains("9 findings (1 excepted)"))
        #expect(html.contains("Reason: Hardware token on order. Compensating control:"))
        #expect(html.contains(", 1 excepted"))
    }
}
