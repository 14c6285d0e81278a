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

extension FindingCollector {
    /// Records one missing-evidence finding when no account was read from any directory export or
    /// access list, because then no account can be judged and an empty result would look like a pass.
    mutating func requireAccountExport(_ context: CheckContext) {
        guard context.inventory.accounts.isEmpty else { return }
        guard context.inventory.evidenceFiles.allSatisfy({ !ExportFormats.accounts.contains($0.format) }) else {
            return
        }

        missingEvidence(
            .high, Subject(kind: .evidence, id: "account-export"),
            "No directory user export and no ePHI system access list was found, so no account can be evaluated.",
            fix: "Export the users of Entra ID (Users, Download users) or Active Directory (Get-ADUser | Export-Csv) "
                + "into evidence/, and the user list of each ePHI system to the path its access_list names.")
    }
}
