import EvidentCore
import Foundation
import Testing

@testable import EvidentReport

@Suite struct HistoryListingTests {
    private let runs = [
        RunSummary(
            id: 12, organizationID: "riverside-family-practice",
            organizationName: "Riverside Family Practice and Associated Clinics", asOf: ReportFixtures.asOf,
            profile: "hipaa-security-rule", recordedAt: Date(timeIntervalSince1970: 1_772_400_309.5),
            checkCounts: [.pass: 14, .fail: 3, .insufficientEvidence: 2],
            findingCounts: [.critical: 2, .high: 31, .low: 1]),
        RunSummary(
            id: 3, organizationID: "lakeside", organizationName: "Lakeside", asOf: ReportFixtures.asOf,
            profile: "hipaa-security-rule", recordedAt: Date(timeIntervalSince1970: 1_772_000_000), checkCounts: [:],
            findingCounts: [:]),
    ]

    @Test func textTableHasOneRowPerRun() {
        let lines = HistoryListing.renderText(runs).split(separator: "\n")

        #expect(lines.count == 3)
        #expect(
            lines[0]
                == "  RUN RECORDED (UTC)      AS OF      ORGANIZATION           PASS FAIL INSUF  N/A CRIT HIGH  MED  LOW"
        )
        #expect(
            lines[1]
                == "   12 2026-03-01 21:25:09 2026-03-01 Riverside Family Pr...   14    3     2    0    2   31    0    1"
        )
        #expect(lines[2].hasPrefix("    3 2026-02-25 06:13:20 2026-03-01 Lakeside "))
        for line in lines {
            #expect(line.count <= TextReport.width)
        }
    }

    @Test func emptyHistorySaysHowToRecord() {
        #expect(HistoryListing.renderText([]) == "No runs recorded. Run evident assess to record one.\n")
    }

    @Test func jsonListsRunsWithCounts() throws {
        let text = try HistoryListing.renderJSON(runs)

        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let listed = try #require(object["runs"] as? [[String: Any]])
        #expect(listed.map { $0["id"] as? Int } == [12, 3])
        #expect(listed[0]["recorded_at"] as? String == "2026-03-01T21:25:09Z")
        #expect(listed[0]["as_of"] as? String == "2026-03-01")
        #expect(
            listed[0]["organization"] as? [String: String] == [
                "id": "riverside-family-practice", "name": "Riverside Family Practice and Associated Clinics",
            ])
        #expect(
            listed[0]["checks"] as? [String: Int] == [
                "passed": 14, "failed": 3, "insufficient_evidence": 2, "not_applicable": 0,
            ])
        #expect(
            listed[0]["findings_by_severity"] as? [String: Int] == ["critical": 2, "high": 31, "medium": 0, "low": 1])
    }
}
