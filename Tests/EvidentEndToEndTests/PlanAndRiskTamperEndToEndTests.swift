import Foundation
import Testing

/// `evident verify` on the plan and risk analysis tables, as a user changes them with `sqlite3` or
/// `psql`: every changed value and an analysis added by hand is named with its item or analysis.
@Suite struct PlanAndRiskTamperEndToEndTests {
    @Test(arguments: HistoryDatabase.Backend.all) func changedPlanAndRiskRowsAreNamed(
        _ backend: HistoryDatabase.Backend
    ) throws {
        let workspace = try EvidentProcess.copyOfExample()
        let database = try HistoryDatabase(backend)
        defer {
            try? FileManager.default.removeItem(at: workspace)
            database.remove()
        }
        let assess = try EvidentProcess.run(["assess", workspace.path, "--database", database.location])
        let risk = try EvidentProcess.run(["risk", workspace.path, "--database", database.location])
        let untouched = try EvidentProcess.run(["verify", workspace.path, "--database", database.location])
        let itemID = try database.query("SELECT MIN(id) FROM plan_items")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let historyItemID = try database.query("SELECT MAX(id) FROM plan_items")
            .trimmingCharacters(in: .whitespacesAndNewlines)

        _ = try database.query("UPDATE plan_items SET status = 'verified', owner = 'Nobody' WHERE id = \(itemID)")
        _ = try database.query(
            "UPDATE plan_item_changes SET owner = 'Nobody' WHERE item_id = \(historyItemID) AND position = 1")
        _ = try database.query("UPDATE risk_analyses SET performed = '2026-11-29' WHERE id = 1")
        _ = try database.query(
            """
            INSERT INTO risk_analyses (organization_id, performed, recorded_at, complete, missing_elements,
                catalog_version)
            SELECT organization_id, '2026-11-30', recorded_at, 1, '[]', catalog_version FROM risk_analyses WHERE id = 1
            """)
        let changed = try EvidentProcess.run(["verify", workspace.path, "--database", database.location])
        _ = try database.query("UPDATE risk_analyses SET performed = '2026-11-30' WHERE id = 1")
        _ = try database.query("UPDATE risk_analysis_risks SET residual_level = 'low' WHERE analysis_id = 1")
        let changedRisk = try EvidentProcess.run(["verify", workspace.path, "--database", database.location])

        #expect(assess.status == 1)
        #expect(risk.status == 0)
        #expect(untouched.status == 0)
        #expect(untouched.output.contains("Risk analyses: 1 checked against their ledger entries"))
        #expect(untouched.output.hasSuffix("Everything matches.\n"))
        #expect(itemID != historyItemID)
        #expect(changed.status == 1)
        #expect(changed.output.contains("FAILED: 4 mismatch(es); the first is risk analysis 1: risk_analyses row"))
        #expect(changed.output.contains("  risk analysis 2: has no ledger entry; it was added outside Evident\n"))
        #expect(changed.output.contains("  plan item \(itemID): plan_items row changed since ledger entry "))
        #expect(changed.output.contains(": status verified (entry: open), owner Nobody (entry: none)\n"))
        #expect(
            changed.output.contains("  plan item \(historyItemID): plan_item_changes row 1 changed since ledger entry ")
        )
        #expect(changed.output.contains(": owner Nobody (entry: none)\n"))
        #expect(changedRisk.output.contains("  risk analysis 1: risk_analysis_risks rows changed since ledger entry "))
    }
}
