import EvidentCore
import Foundation
import Testing

@testable import EvidentReport

@Suite struct AssessmentJSONTests {
    @Test func equalInputGivesIdenticalBytes() throws {
        let first = try AssessmentJSON.render(ReportFixtures.assessment())
        let second = try AssessmentJSON.render(ReportFixtures.assessment())

        #expect(first == second)
        #expect(first.hasSuffix("}\n"))
    }

    @Test func topLevelKeysAreSorted() throws {
        let text = try AssessmentJSON.render(ReportFixtures.assessment())

        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(
            keys == [
                "as_of", "evidence", "organization", "posture", "profile", "readiness", "requirements", "results",
                "schema_version", "summary",
            ])
    }

    @Test func headerFieldsHaveDocumentedValues() throws {
        let object = try jsonObject(ReportFixtures.assessment())

        #expect(object["schema_version"] as? Int == Assessment.schemaVersion)
        #expect(object["as_of"] as? String == "2026-03-01")
        #expect(object["profile"] as? String == "hipaa-security-rule")
        let organization = try #require(object["organization"] as? [String: Any])
        #expect(organization["id"] as? String == "riverside-family-practice")
        #expect(organization["name"] as? String == "Riverside Family Practice")
        #expect(organization["kind"] as? String == "covered-entity")
    }

    @Test func summaryCountsEveryStatusAndSeverity() throws {
        let summary = try #require(try jsonObject(ReportFixtures.assessment())["summary"] as? [String: Any])

        #expect(summary["checks"] as? Int == 4)
        #expect(summary["passed"] as? Int == 1)
        #expect(summary["failed"] as? Int == 1)
        #expect(summary["insufficient_evidence"] as? Int == 1)
        #expect(summary["not_applicable"] as? Int == 1)
        #expect(summary["findings"] as? Int == 9)
        let severities = try #require(summary["findings_by_severity"] as? [String: Int])
        #expect(severities == ["critical": 2, "high": 6, "medium": 0, "low": 1])
        let kinds = try #require(summary["findings_by_kind"] as? [String: Int])
        #expect(kinds == ["violation": 7, "warning": 1, "missing-evidence": 1])
    }

    @Test func evidenceUsesExplicitNullsAndUTCDates() throws {
        let text = try AssessmentJSON.render(ReportFixtures.assessment())

        #expect(text.contains("\"date_range\" : null"))
        #expect(text.contains("\"error\" : null"))
        #expect(text.contains("\"earliest\" : \"2026-01-01T00:00:00Z\""))
        #expect(text.contains("\"latest\" : \"2026-02-28T00:00:00Z\""))
        #expect(text.contains("\"path\" : \"evidence/devices.csv\""))
    }

    @Test func resultCarriesLifecycleAndFindings() throws {
        let results = try #require(try jsonObject(ReportFixtures.assessment())["results"] as? [[String: Any]])
        let encryption = try #require(results.first { $0["check"] as? String == "device.encryption" })

        #expect(encryption["title"] as? String == "Disk encryption on managed devices")
        #expect(encryption["status"] as? String == "insufficient-evidence")
        #expect(encryption["citations"] as? [String] == ["164.312(a)(2)(iv)", "164.310(d)(1)"])
        let lifecycle = try #require(encryption["lifecycle"] as? [String: Any])
        #expect(lifecycle["documented"] as? Bool == true)
        #expect(lifecycle["maintained"] as? Bool == false)
        #expect(lifecycle["missing"] as? [String] == ["maintained", "evidenced"])
        let finding = try #require((encryption["findings"] as? [[String: Any]])?.first)
        #expect(finding["severity"] as? String == "critical")
        #expect(finding["kind"] as? String == "missing-evidence")
        #expect(finding["subject"] as? [String: String] == ["kind": "evidence", "id": "intune-devices"])
        #expect(finding["touches_ephi"] as? Bool == false)
        let reference = try #require((finding["evidence"] as? [[String: Any]])?.first)
        #expect(reference["path"] as? String == "evidence/devices.csv")
        #expect(reference["line"] is NSNull)
    }

    @Test func findingKeysAreTheDocumentedOnes() throws {
        let results = try #require(try jsonObject(ReportFixtures.assessment())["results"] as? [[String: Any]])
        let finding = try #require((results[0]["findings"] as? [[String: Any]])?.first)

        #expect(Set(results[0].keys) == ["check", "title", "status", "citations", "lifecycle", "summary", "findings"])
        #expect(
            Set(finding.keys) == [
                "severity", "kind", "subject", "message", "remediation", "evidence", "touches_ephi", "state",
            ])
    }

    private func jsonObject(_ assessment: Assessment) throws -> [String: Any] {
        let text = try AssessmentJSON.render(assessment)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
