import EvidentCore
import Testing

@testable import EvidentReport

@Suite struct HTMLReportTests {
    @Test func valuesAreEscaped() {
        let html = HTMLReport.render(ReportFixtures.hostile())

        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Clinic"))
        #expect(html.contains("&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;"))
        #expect(html.contains("Access &lt;em&gt;review&lt;/em&gt;"))
        #expect(html.contains("evidence/&lt;b&gt;.csv:3"))
        #expect(html.contains("evidence/&quot;quoted&quot;.csv"))
        #expect(html.contains("@SUM(A1:A2) &amp; more"))
    }

    @Test func fileIsSelfContained() {
        let html = HTMLReport.render(ReportFixtures.assessment())

        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.contains("<style>"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("@import"))
    }

    @Test func headerAndPostureShowTheAssessment() {
        let html = HTMLReport.render(ReportFixtures.assessment())

        #expect(html.contains("<title>HIPAA Security Rule assessment: Riverside Family Practice, 2026-03-01</title>"))
        #expect(html.contains("<tr><td>Technical safeguards (164.312)</td><td class=\"number\">2</td>"))
    }

    @Test func citationsCarryCatalogTitles() {
        let html = HTMLReport.render(ReportFixtures.assessment())

        #expect(html.contains("<li><code>164.312(d)</code> Person or entity authentication</li>"))
        #expect(html.contains("<li><code>164.312(a)(2)(iv)</code> Encryption and decryption</li>"))
    }

    @Test func findingsComeInPriorityOrderWithSharedFixOnce() throws {
        let html = HTMLReport.render(ReportFixtures.assessment())

        let mfa = try #require(html.range(of: "<code>auth.mfa-coverage</code> MFA for every account"))
        let encryption = try #require(html.range(of: "<code>device.encryption</code> Disk encryption"))
        #expect(mfa.lowerBound < encryption.lowerBound)
        #expect(html.components(separatedBy: "<strong>Fix:</strong> Require MFA registration").count == 2)
        #expect(html.contains("user7@example.org"))
        #expect(html.contains("<code>evidence/mfa.csv:8</code>"))
    }

    @Test func distinctFixesSitInTheirRows() {
        var assessment = ReportFixtures.assessment()
        assessment.results[0].findings[1].remediation = "Disable user2@example.org."

        let html = HTMLReport.render(assessment)

        #expect(html.contains("has no MFA method registered.<p class=\"fix\"><strong>Fix:</strong> Require MFA"))
        #expect(html.contains("<p class=\"fix\"><strong>Fix:</strong> Disable user2@example.org.</p></td>"))
        #expect(html.components(separatedBy: "<strong>Fix:</strong> Require MFA registration").count == 7)
    }

    @Test func everyResultAndEvidenceFileIsListed() {
        let html = HTMLReport.render(ReportFixtures.assessment())

        #expect(html.contains("<code>network.open-ports</code><br>No unexpected services"))
        #expect(html.contains("<span class=\"badge status-not-applicable\">not applicable</span>"))
        #expect(html.contains("<span class=\"missing\">✗ maintained</span>"))
        #expect(html.contains(String(repeating: "0f", count: 32)))
        #expect(html.contains("Not read: line 1: the header lacks the column Encrypted"))
        #expect(html.contains("2026-01-01T00:00:00Z to 2026-02-28T00:00:00Z"))
    }

    @Test func outputIsDeterministic() {
        #expect(HTMLReport.render(ReportFixtures.assessment()) == HTMLReport.render(ReportFixtures.assessment()))
    }
}
