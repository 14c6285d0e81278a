import EvidentCore

/// Unique user identification (164.312(a)(2)(i)): each person signs in with their own account.
///
/// Fails for an enabled account with a generic name that is not a declared service account, and for
/// a username or e-mail that several workforce members share on the roster. Local accounts of
/// machines (osquery `users`) with a generic name fail too, because people share them on the
/// machine itself, outside any directory.
struct UniqueUserIDCheck: Check {
    let id = "access.unique-user-id"
    let title = "Unique user identification"
    let citations = ["164.312(a)(2)(i)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        collector.reportUnreadableFiles(of: ExportFormats.accounts, in: context)
        collector.requireAccountExport(context)
        let accounts = context.inventory.accounts.filter(\.isEnabled)

        for account in accounts where isGeneric(account) && !context.identities.isServiceAccount(account) {
            let system = context.ephiSystem(of: account)
            let place = system.map { "the access list of ePHI system \($0.id)" } ?? account.source.label
            collector.violation(
                system == nil ? .high : .critical, Subject(kind: .user, id: account.identifier),
                "Account \(account.identifier) in \(place) has a generic name that does not identify one person.",
                fix: "Give each person who uses \(account.identifier) a named account in \(account.source.label) and "
                    + "disable the shared one, or list it under service_accounts in attestations.yaml if no person "
                    + "signs in with it.",
                evidence: [account.evidence], touchesEPHI: system != nil)
        }

        let localAccounts = context.inventory.localAccounts
        for account in localAccounts
        where GenericAccountName.isGeneric(account.username) && !context.identities.isServiceAccount(account) {
            collector.violation(
                .high, Subject(kind: .user, id: "\(account.device)\\\(account.username)"),
                "Local account \(account.username) on \(account.device) has a generic name that does not identify one "
                    + "person.",
                fix: "Give each person who signs in to \(account.device) as \(account.username) a named account, "
                    + "and remove the shared one, or list it under service_accounts in attestations.yaml if no person "
                    + "signs in with it.",
                evidence: [account.evidence])
        }

        reportSharedIdentifiers(context, into: &collector)
        return collector.result(
            evaluated: accounts.count + localAccounts.count, "enabled accounts", singular: "enabled account",
            notApplicable: "No enabled account was found in any directory export or access list.")
    }

    private func isGeneric(_ account: Account) -> Bool {
        IdentityIndex.usernameCandidates(of: account).contains(where: GenericAccountName.isGeneric)
    }

    /// Reports each e-mail or username that more than one roster row holds.
    private func reportSharedIdentifiers(_ context: CheckContext, into collector: inout FindingCollector) {
        let roster = context.inventory.workforce
        let fields: [(String, (WorkforceMember) -> String?)] = [("e-mail", \.email), ("username", \.username)]

        for (field, value) in fields {
            let groups = Dictionary(grouping: roster.filter { IdentityIndex.key(value($0)) != nil }) {
                IdentityIndex.key(value($0))!
            }
            for (identifier, members) in groups.sorted(by: { $0.key < $1.key }) where members.count > 1 {
                let inEPHIList = context.inventory.accounts.contains { account in
                    context.ephiSystem(of: account) != nil && IdentityIndex.names(of: account).contains(identifier)
                }
                let names = members.map(\.name).joined(separator: ", ")
                collector.violation(
                    inEPHIList ? .critical : .high, Subject(kind: .user, id: identifier),
                    "The \(field) \(identifier) is assigned to \(members.count) workforce members (\(names)) "
                        + "in the workforce roster.",
                    fix: "Give each of \(names) their own \(field) in inventory/workforce.csv and in the "
                        + "directory, so every sign-in traces to one person.",
                    evidence: members.map(\.evidence), touchesEPHI: inEPHIList)
            }
        }
    }
}
