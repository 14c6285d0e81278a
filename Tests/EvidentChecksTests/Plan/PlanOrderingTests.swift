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

    @Test func verifiedItemsComeLast() {
        let items = [
            item("a.open", "u1", .high), item("b.verified", "u2", .critical, status: .verified),
            item("b.verified", "u3", .medium),
        ]
        let risk: [String: Double] = ["a.open": 1, "b.verified": 5]

        let ordered = PlanOrdering { risk[$0] ?? 0 }.ordered(items)

        #expect(ordered.map { "\($0.checkID) \($0.subject.id)" } == ["b.verified u3", "a.open u1", "b.verified u2"])
    }

    @Test func itemsOfOneCheckGoBySeverity() {
        let items = [item("a.one", "u1", .medium), item("a.one", "u2", .critical), item("a.one", "u3", .high)]

        let ordered = PlanOrdering { _ in 0 }.ordered(items)

        #expect(ordered.map(\.subject.id) == ["u2", "u3", "u1"])
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
