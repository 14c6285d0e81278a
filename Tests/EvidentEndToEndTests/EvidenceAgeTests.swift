import Foundation
import Testing

/// Which exports go stale: those dated by their records do, and undated ones never do, because
/// Evident does not date a file by its modification time.
@Suite struct EvidenceAgeTests {
    /// The evidence files with a finding about them, when the example is assessed long after its exports.
    private func evidenceSubjects(asOf day: String) throws -> Set<String> {
        let result = try EvidentProcess.run([
            "assess", EvidentProcess.example.path, "--as-of", day, "--no-store", "--format", "json",
        ])
        #expect(result.status == 1, "\(result.error)")

        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let results = try #require(document["results"] as? [[String: Any]])
        var subjects: Set<String> = []
        for result in results {
            for finding in result["findings"] as? [[String: Any]] ?? [] {
                let subject = finding["subject"] as? [String: String]
                if subject?["kind"] == "evidence", let id = subject?["id"] {
                    subjects.insert(id)
                }
            }
        }
        return subjects
    }

    @Test func datedExportsGoStaleUndatedDoNot() throws {
        let subjects = try evidenceSubjects(asOf: "2028-06-01")

        #expect(subjects.contains("evidence/ad-users.csv"))
        #expect(subjects.contains("evidence/scan-10.20.0.0-24.xml"))
        #expect(subjects.contains("evidence/UserRegistrationDetails_2026-11-19.csv"))
        #expect(!subjects.contains("evidence/testssl-portal.riverside-fp.example.json"))
        #expect(!subjects.contains("evidence/RFP-WS-01.secedit.inf"))
        #expect(!subjects.contains("evidence/exportUsers_2026-11-29.csv"))
    }
}
