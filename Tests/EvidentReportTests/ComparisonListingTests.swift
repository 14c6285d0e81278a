import EvidentCore
import Foundation
import Testing

@testable import EvidentReport

/// The evidence sections of `evident diff`, as text and JSON.
@Suite struct ComparisonListingTests {
    private static func run(_ id: Int64, asOf: CalendarDay) -> RunSummary {
        RunSummary(
            id: id, organizationID: "riverside-family-practice", organizationName: "Riverside Family Practice",
            asOf: asOf, profile: "hipaa-security-rule", recordedAt: Date(timeIntervalSince1970: 1_772_400_000),
            checkCounts: [:], findingCounts: [:])
    }

    /// One aged file, one removed file (listed in both evidence fields, as the store builds it) and one
    /// changed file.
    private let comparison = RunComparison(
        before: run(1, asOf: CalendarDay(year: 2026, month: 11, day: 30)!),
        after: run(2, asOf: CalendarDay(year: 2026, month: 12, day: 26)!),
        newFindings: [], resolvedFindings: [], statusChanges: [], inventoryCompared: true, inventoryChanges: [],
        expiredBAAs: [],
        staleEvidence: [
            StaleEvidence(
                path: "evidence/mfa.csv", sha256: String(repeating: "a", count: 64), reason: .aged,
                newestRecord: CalendarDay(year: 2026, month: 11, day: 19)),
            StaleEvidence(path: "evidence/old.csv", sha256: String(repeating: "b", count: 64), reason: .removed),
        ],
        evidenceChanges: [
            EvidenceChange(
                change: .changed, path: "evidence/devices.csv",
                sha256: "1234567890abcdef" + String(repeating: "0", count: 48),
                previousSHA256: "fedcba0987654321" + String(repeating: "0", count: 48)),
            EvidenceChange(change: .removed, path: "evidence/old.csv", sha256: String(repeating: "b", count: 64)),
        ])

    @Test func textListsAgedAndChangedFiles() {
        let text = ComparisonListing.renderText(comparison)

        #expect(
            text.contains(
                "Evidence that went stale (1):\n  evidence/mfa.csv: newest record from 2026-11-19 is past the evidence "
                    + "age limit as of 2026-12-26, within it in run 1\n"))
        #expect(
            text.contains(
                "Evidence added, removed or changed (2):\n  ~ evidence/devices.csv: SHA-256 fedcba098765 -> "
                    + "1234567890ab\n  - evidence/old.csv\n"))
        #expect(!text.contains("No changes."))
    }

    @Test func jsonKeepsStaleFieldsAndAddsChanges() throws {
        let json = try ComparisonListing.renderJSON(comparison)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])

        let stale = try #require(document["stale_evidence"] as? [[String: Any]])
        #expect(stale.map { $0["reason"] as? String } == ["aged", "removed"])
        #expect(stale.map { $0["path"] as? String } == ["evidence/mfa.csv", "evidence/old.csv"])
        #expect(stale[0]["sha256"] as? String == String(repeating: "a", count: 64))
        #expect(stale[0]["newest_record"] as? String == "2026-11-19")
        #expect(stale[1]["newest_record"] is NSNull)
        let changes = try #require(document["evidence_changes"] as? [[String: Any]])
        #expect(changes.map { $0["change"] as? String } == ["changed", "removed"])
        #expect(changes[0]["previous_sha256"] as? String == "fedcba0987654321" + String(repeating: "0", count: 48))
        #expect(changes[1]["previous_sha256"] is NSNull)
    }

    @Test func noEvidenceChangeMeansNoChanges() {
        var unchanged = comparison
        unchanged.staleEvidence = []
        unchanged.evidenceChanges = []

        let text = ComparisonListing.renderText(unchanged)

        #expect(text.contains("No changes."))
        #expect(!text.contains("Evidence"))
    }

    @Test func changedFindingShowsBothSeverities() throws {
        let subject = Subject(kind: .vendor, id: "Northgate Reference Laboratories")
        let expiring = Finding(
            checkID: "vendors.baa-coverage", kind: .warning, severity: .low, subject: subject,
            message: "The BAA expires on 2026-12-20 (in 19 days).", remediation: "Renew the BAA.")
        var expired = expiring
        expired.kind = .violation
        expired.severity = .high
        expired.message = "The BAA expired on 2026-12-20 (26 days ago)."
        var escalated = comparison
        escalated.changedFindings = [FindingChange(before: expiring, after: expired)]

        let text = ComparisonListing.renderText(escalated)
        let json = try ComparisonListing.renderJSON(escalated)

        #expect(
            text.contains(
                "Changed findings (1):\n  LOW -> HIGH vendors.baa-coverage vendor Northgate Reference Laboratories "
                    + "(warning -> violation): The BAA expired on 2026-12-20 (26 days ago).\n"))
        #expect(!text.contains("Resolved findings"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let changes = try #require(document["changed_findings"] as? [[String: [String: Any]]])
        #expect(changes.count == 1)
        #expect(changes.first?["before"]?["severity"] as? String == "low")
        #expect(changes.first?["before"]?["kind"] as? String == "warning")
        #expect(changes.first?["after"]?["severity"] as? String == "high")
        #expect(changes.first?["after"]?["message"] as? String == expired.message)
        #expect((document["resolved_findings"] as? [Any])?.isEmpty == true)
    }
}
