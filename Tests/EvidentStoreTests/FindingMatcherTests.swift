import EvidentCore
import Testing

@testable import EvidentStore

/// Pairing the findings of two runs into new, resolved and changed.
@Suite struct FindingMatcherTests {
    private static func finding(
        _ checkID: String, _ subjectID: String, kind: Finding.Kind = .violation, severity: Severity = .high,
        message: String
    ) -> Finding {
        Finding(
            checkID: checkID, kind: kind, severity: severity, subject: Subject(kind: .vendor, id: subjectID),
            message: message, remediation: "Renew the BAA.")
    }

    private let expiring = finding(
        "vendors.baa-coverage", "Northgate", kind: .warning, severity: .low,
        message: "The BAA with vendor Northgate expires on 2026-12-20 (in 19 days).")
    private let expired = finding(
        "vendors.baa-coverage", "Northgate",
        message: "The BAA with vendor Northgate expired on 2026-12-20 (26 days ago).")
    private let unchanged = finding("vendors.baa-coverage", "PortalWorks", message: "The BAA with PortalWorks expired.")

    @Test func escalationIsChangedNotResolved() {
        let matches = FindingMatcher.match(before: [expiring, unchanged], after: [unchanged, expired])

        #expect(matches.new.isEmpty)
        #expect(matches.resolved.isEmpty)
        #expect(matches.changed == [FindingChange(before: expiring, after: expired)])
    }

    @Test func rewordedFindingIsChanged() {
        var grown = unchanged
        grown.message = "The BAA with PortalWorks expired 40 days ago."

        let matches = FindingMatcher.match(before: [unchanged], after: [grown])

        #expect(matches.new.isEmpty)
        #expect(matches.resolved.isEmpty)
        #expect(matches.changed.map(\.after.message) == [grown.message])
    }

    @Test func identicalFindingsAreNotListed() {
        let matches = FindingMatcher.match(before: [unchanged, expired], after: [unchanged, expired])

        #expect(matches.new.isEmpty)
        #expect(matches.resolved.isEmpty)
        #expect(matches.changed.isEmpty)
    }

    @Test func otherSubjectOrCheckIsNewAndResolved() {
        let otherVendor = Self.finding("vendors.baa-coverage", "Shred-It", message: "The BAA with Shred-It expired.")
        let otherCheck = Self.finding("vendors.inventory", "Northgate", message: "Northgate is not in the inventory.")

        let matches = FindingMatcher.match(before: [expired], after: [otherVendor, otherCheck])

        #expect(matches.new == [otherVendor, otherCheck])
        #expect(matches.resolved == [expired])
        #expect(matches.changed.isEmpty)
    }

    /// A check that raises a warning and a violation about one subject keeps the unchanged one paired
    /// with itself, so only the other shows as changed.
    @Test func exactMatchWinsOverLooseMatch() {
        let otherWarning = Self.finding(
            "vendors.baa-coverage", "Northgate", kind: .warning, severity: .medium, message: "The BAA has no end date.")

        let matches = FindingMatcher.match(before: [expiring, expired], after: [expired, otherWarning])

        #expect(matches.new.isEmpty)
        #expect(matches.resolved.isEmpty)
        #expect(matches.changed == [FindingChange(before: expiring, after: otherWarning)])
    }
}
