import EvidentCore

/// Access establishment and modification (164.308(a)(4)(ii)(C)): every enabled account belongs to
/// a known person or a declared service.
///
/// Fails for each enabled account that matches no workforce member and is no declared service
/// account. Generic accounts that `access.unique-user-id` reports are reported here too.
struct OrphanAccountCheck: Check {
    let id = "access.orphan-account"
    let title = "Accounts traced to a person"
    let citations = ["164.308(a)(4)(ii)(C)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        collector.reportUnreadableFiles(of: ExportFormats.accounts, in: context)
        collector.requireAccountExport(context)
        let accounts = context.inventory.accounts.filter(\.isEnabled)
        guard collector.requireRoster(context) else {
            return collector.result(
                evaluated: 0, "enabled accounts", singular: "enabled account",
                notApplicable: "No account and no workforce member was found.")
        }

        for account in accounts where !context.identities.isServiceAccount(account) {
            guard context.identities.members(matching: account).isEmpty else { continue }
            let system = context.ephiSystem(of: account)
            let guest = account.isGuest ? "guest " : ""
            collector.violation(
                system == nil ? .medium : .high, Subject(kind: .user, id: account.identifier),
                "Enabled \(guest)account \(account.identifier) in \(account.source.label) matches no workforce member "
                    + "by e-mail or username and is not a declared service account.",
                fix: "Disable \(account.identifier) in \(account.source.label) if nobody needs it; otherwise add its "
                    + "owner to inventory/workforce.csv with a matching email or username, or list it under "
                    + "service_accounts in attestations.yaml.",
                evidence: [account.evidence], touchesEPHI: system != nil)
        }

        return collector.result(
            evaluated: accounts.count, "enabled accounts", singular: "enabled account",
            notApplicable: "No enabled account was found in any directory export or access list.")
    }
}
