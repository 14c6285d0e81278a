import EvidentCore

extension FindingCollector {
    /// Records one missing-evidence finding when accounts exist but the workforce roster is empty,
    /// because no account can then be matched to a person.
    ///
    /// - Returns: Whether the roster has members, so account matching can go on.
    mutating func requireRoster(_ context: CheckContext) -> Bool {
        guard context.inventory.workforce.isEmpty else { return true }
        guard !context.inventory.accounts.isEmpty else { return false }

        missingEvidence(
            .high, Subject(kind: .evidence, id: "workforce-roster"),
            "The workforce roster is empty, so none of the \(context.inventory.accounts.count) accounts can be "
                + "matched to a person.",
            fix: "Export the HR roster to inventory/workforce.csv with employee_id, name, email, username, role, "
                + "status and end_date columns.")
        return false
    }
}
