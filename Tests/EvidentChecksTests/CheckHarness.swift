import EvidentCatalog
import EvidentCore
import EvidentTestSupport

@testable import EvidentChecks

/// Evaluates one check on an inventory, as the assessor does.
func evaluate(
    _ check: any Check, _ inventory: Inventory, settings: WorkspaceSettings = InventoryBuilder.settings()
) -> CheckResult {
    check.evaluate(CheckContext(inventory: inventory, settings: settings, catalog: .shipped))
}

extension CheckResult {
    /// Returns the findings of one kind.
    func findings(_ kind: Finding.Kind) -> [Finding] {
        findings.filter { $0.kind == kind }
    }

    /// The ids of the subjects of every finding, in finding order.
    var subjectIDs: [String] {
        findings.map(\.subject.id)
    }
}
