import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("Workspace plan settings")
struct WorkspacePlanSettingsTests {
    private let base = "organization:\n  name: Maple Street Clinic\n  kind: covered-entity\n"

    private func read(_ settings: String) throws -> WorkspaceDeclarations {
        let fixture = try WorkspaceFixture.valid()
        try fixture.write("evident.yaml", settings)
        return try fixture.read()
    }

    @Test func absentPlanTakesDefaults() throws {
        let days = try read(base).settings.planDueDays

        #expect(days == PlanDueDays())
        let values: [Int] = [days.critical, days.high, days.medium, days.low]
        #expect(values == [15, 30, 90, 180])
    }

    @Test func dueDaysOverrideDefaults() throws {
        let days = try read(base + "plan:\n  due_days:\n    critical: 7\n    low: 365\n").settings.planDueDays

        #expect(days.critical == 7)
        #expect(days.high == 30)
        #expect(days.medium == 90)
        #expect(days.low == 365)
    }

    @Test func zeroDueDaysIsInvalid() {
        #expect(throws: WorkspaceError.self) {
            try read(base + "plan:\n  due_days:\n    high: 0\n")
        }
    }

    @Test func unknownSeverityWarns() throws {
        let warnings = try read(base + "plan:\n  due_days:\n    urgent: 3\n").warnings

        #expect(warnings.contains { $0.hasPrefix("evident.yaml:6:") && $0.contains("urgent") })
    }
}
