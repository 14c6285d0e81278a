import EvidentCore
import EvidentTestSupport
import Foundation
import Testing

@testable import EvidentChecks

@Suite struct PlanOrderingTests {
    func item(_ check: String, _ subject: String, _ severity: Severity, status: PlanItemStatus = .open) -> PlanItem {
        PlanItem(
            organizationID: "clinic", checkID: check, subject: Subject(kind: .user, id: subject), status: status,
            severity: severity, finding: "f.", fixSteps: "x.", proof: "p.", due: InventoryBuilder.day("2026-12-30"),
            updatedAt: Date(timeIntervalSince1970: 0))
    }

    func order(_ items: [PlanItem]) -> [String] {
        PlanOrdering.bySeverityAndReach(of: items).ordered(items).map { "\($0.checkID) \($0.subject.id)" }
    }

    @Test func highestSeverityCheckComesFirst() {
        let items = [item("a.medium", "u1", .medium), item("b.critical", "u2", .critical)]

        #expect(order(items) == ["b.critical u2", "a.medium u1"])
    }

    @Test func moreSubjectsBreakASeverityTie() {
        let items = [
            item("a.one", "u1", .high), item("b.three", "u2", .high), item("b.three", "u3", .medium),
            item("b.three", "u4", .high),
        ]

        #expect(order(items) == ["b.three u2", "b.three u4", "b.three u3", "a.one u1"])
    }

    @Test func verifiedItemsComeLastAndCountForNothing() {
        let items = [
            item("a.open", "u1", .high), item("b.verified", "u2", .critical, status: .verified),
            item("b.verified", "u3", .medium),
        ]

        #expect(order(items) == ["a.open u1", "b.verified u3", "b.verified u2"])
    }

    @Test func riskFunctionDecidesTheOrder() {
        let items = [item("a.critical", "u1", .critical), item("b.medium", "u2", .medium)]
        let risk: [String: Double] = ["a.critical": 2.0, "b.medium": 9.5]

        let ordered = PlanOrdering { risk[$0] ?? 0 }.ordered(items)

        #expect(ordered.map(\.checkID) == ["b.medium", "a.critical"])
    }

    @Test func equalRiskFallsBackToCheckID() {
        let items = [item("b.two", "u1", .high), item("a.one", "u2", .low)]

        let ordered = PlanOrdering { _ in 1 }.ordered(items)

        #expect(ordered.map(\.checkID) == ["a.one", "b.two"])
    }
}
