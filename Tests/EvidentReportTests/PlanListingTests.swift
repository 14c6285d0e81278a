import EvidentCore
import Foundation
import Testing

@testable import EvidentReport

@Suite struct PlanListingTests {
    func item(_ id: Int64, _ subject: String, status: PlanItemStatus, owner: String? = nil) -> PlanItem {
        PlanItem(
            id: id, organizationID: "clinic", checkID: "auth.mfa-coverage", subject: Subject(kind: .user, id: subject),
            status: status, severity: .high, finding: "\(subject) has no MFA method registered.",
            fixSteps: "Require MFA registration in Entra ID.", proof: "An assessment without the finding.",
            owner: owner, due: CalendarDay(year: 2026, month: 12, day: 30)!, openedRunID: 1,
            verifiedRunID: status == .verified ? 2 : nil, updatedAt: Date(timeIntervalSince1970: 1_796_000_000))
    }

    @Test func textNumbersItemsWithTheirDetails() {
        let text = PlanListing.renderText(
            [item(4, "ava", status: .inProgress, owner: "Tom Becker"), item(9, "ben", status: .open)],
            organization: "Clinic (clinic)", ordering: "Ordered for the test.", hiddenVerified: 1)

        #expect(text.hasPrefix("Remediation plan: Clinic (clinic)\n"))
        #expect(text.contains("2 items outstanding. Listed: 1 open, 1 in progress. 1 verified item is left out"))
        #expect(
            text.contains(
                "1. #4 HIGH auth.mfa-coverage user ava\n   Status in-progress, owner Tom Becker, due 2026-12-30"))
        #expect(
            text.contains("2. #9 HIGH auth.mfa-coverage user ben\n   Status open, owner unassigned, due 2026-12-30"))
        #expect(text.contains("   Proof: An assessment without the finding."))
    }

    @Test func textOfEmptyPlanSaysSo() {
        let text = PlanListing.renderText([], organization: "Clinic (clinic)", ordering: "Ordered.")

        #expect(text.contains("No plan items are recorded."))
    }

    @Test func allVerifiedSaysNoOutstandingWork() {
        let text = PlanListing.renderText([], organization: "C", ordering: "O.", hiddenVerified: 2)

        #expect(text.contains("No outstanding work. 2 verified items are left out; --all lists them."))
    }

    @Test func singleItemHasNoPlanCounts() {
        let text = PlanListing.renderItemText(
            item(27, "ava", status: .inProgress, owner: "Tom Becker"), organization: "Clinic (clinic)",
            heading: "Item #27 after the change: set by a person: status in-progress.")

        #expect(
            text.hasPrefix(
                "Remediation plan: Clinic (clinic)\nItem #27 after the change: set by a person: status in-progress.\n\n"
                    + "#27 HIGH auth.mfa-coverage user ava\n   Status in-progress, owner Tom Becker, due 2026-12-30\n"))
        #expect(!text.contains("outstanding"))
        #expect(!text.contains("Listed:"))
    }

    @Test func verifiedItemNamesItsRun() {
        let text = PlanListing.renderText([item(4, "ava", status: .verified)], organization: "C", ordering: "O.")

        #expect(text.contains("Status verified, owner unassigned, due 2026-12-30, verified by run 2"))
    }

    @Test func jsonHasEveryKeyWithNulls() throws {
        let json = try PlanListing.renderJSON([item(4, "ava", status: .open)], organization: "clinic", ordering: "O.")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let first = try #require((document["items"] as? [[String: Any]])?.first)

        #expect(document["schema_version"] as? Int == Assessment.schemaVersion)
        #expect(document["organization"] as? String == "clinic")
        #expect(
            Set(first.keys) == [
                "rank", "id", "status", "severity", "check", "subject", "owner", "due", "finding", "fix_steps", "proof",
                "opened_run", "verified_run", "updated_at",
            ])
        #expect(first["owner"] is NSNull)
        #expect(first["verified_run"] is NSNull)
        #expect(first["rank"] as? Int == 1)
        #expect(first["updated_at"] as? String == "2026-11-30T00:53:20Z")
    }

    @Test func historyListsEveryChangeInOrder() {
        let history = [
            PlanHistoryEntry(
                position: 1, recordedAt: Date(timeIntervalSince1970: 1_796_000_000), status: .open, severity: .high,
                owner: nil, due: CalendarDay(year: 2026, month: 12, day: 30)!, runID: 1, reason: "run 1 found it"),
            PlanHistoryEntry(
                position: 2, recordedAt: Date(timeIntervalSince1970: 1_796_000_060), status: .done, severity: .high,
                owner: "Tom Becker", due: CalendarDay(year: 2026, month: 12, day: 30)!, runID: nil,
                reason: "set by a person: status done"),
        ]

        let text = PlanHistoryListing.renderText(
            item(4, "ava", status: .done, owner: "Tom Becker"), history: history, organization: "Clinic (clinic)")

        #expect(text.contains("Item #4 and its 2 recorded changes."))
        #expect(!text.contains("outstanding"))
        #expect(
            text.hasSuffix(
                "History\n  2026-11-30 00:53:20 open, high, owner unassigned, due 2026-12-30: run 1 found it\n"
                    + "  2026-11-30 00:54:20 done, high, owner Tom Becker, due 2026-12-30: set by a person: status done\n"
            ))
    }

    @Test func csvHasOneRowPerItem() {
        let rows = PlanListing.renderCSV([item(4, "ava", status: .open), item(9, "=cmd", status: .done)])
            .components(separatedBy: "\r\n")

        #expect(rows[0] == PlanListing.csvColumns.joined(separator: ","))
        #expect(rows[1].hasPrefix("1,4,open,high,auth.mfa-coverage,user,ava,,2026-12-30,"))
        #expect(rows[2].hasPrefix("2,9,done,high,auth.mfa-coverage,user,'=cmd,,2026-12-30,"))
        #expect(rows.count == 4)
    }
}
