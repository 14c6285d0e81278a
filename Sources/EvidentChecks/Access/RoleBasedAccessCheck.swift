import EvidentCore

/// Access authorization (164.308(a)(4)(ii)(B)): only the roles a system allows hold access to it.
///
/// For each ePHI system, fails for an enabled account whose workforce member's role is not in the
/// system's `allowed_roles`. A system without `allowed_roles`, or whose access list is undeclared or
/// unreadable, cannot be judged and gives missing evidence.
struct RoleBasedAccessCheck: Check {
    let id = "access.role-based"
    let title = "Role-based access to ePHI systems"
    let citations = ["164.308(a)(4)(ii)(B)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let systems = context.ephiSystems

        for system in systems {
            let subject = Subject(kind: .system, id: system.id)
            let allowed = Set(system.allowedRoles.map(\.comparisonKey))
            if allowed.isEmpty {
                collector.missingEvidence(
                    .high, subject,
                    "ePHI system \(system.id) declares no allowed_roles, so nobody's access to it can be judged.",
                    fix: "List the workforce roles that may use \(system.name) under allowed_roles for \(system.id) "
                        + "in inventory/systems.yaml.",
                    evidence: [system.evidence], touchesEPHI: true, gaps: .documented)
            }

            switch AccessListState.of(system, in: context.inventory) {
            case .undeclared:
                collector.missingEvidence(
                    .high, subject, "ePHI system \(system.id) declares no access list.",
                    fix: "Export the user list of \(system.name) to evidence/access/\(system.id).csv and set "
                        + "access_list for \(system.id) in inventory/systems.yaml.",
                    evidence: [system.evidence], touchesEPHI: true)
            case .unreadable(let path, let reason):
                collector.missingEvidence(
                    .high, subject,
                    "The access list \(path) of ePHI system \(system.id) could not be read: \(Phrase.clause(reason)).",
                    fix: "Export the user list of \(system.name) again as username,role,enabled,last_login to \(path).",
                    evidence: [system.evidence, EvidenceReference(path: path)], touchesEPHI: true)
            case .read:
                guard !allowed.isEmpty else { continue }
                checkAccounts(of: system, allowed: allowed, context, into: &collector)
            }
        }

        return collector.result(
            evaluated: systems.count, "ePHI systems", singular: "ePHI system",
            notApplicable: "No system in inventory/systems.yaml handles ePHI.")
    }

    private func checkAccounts(
        of system: InformationSystem, allowed: Set<String>, _ context: CheckContext,
        into collector: inout FindingCollector
    ) {
        let accounts = context.inventory.accounts.filter { $0.source == .system(system.id) && $0.isEnabled }
        for account in accounts {
            guard let member = context.identities.member(matching: account),
                !allowed.contains(member.role.comparisonKey)
            else { continue }

            let accountRole = account.role.map { " has role \($0) and" } ?? ""
            collector.violation(
                .high, Subject(kind: .user, id: account.identifier),
                "Account \(account.identifier) in ePHI system \(system.id)\(accountRole) belongs to \(member.name), "
                    + "whose role \(member.role) is not among the allowed roles "
                    + "(\(system.allowedRoles.joined(separator: ", "))).",
                fix: "Remove \(account.identifier) from \(system.name), or, if the role needs this access, add "
                    + "\(member.role) to allowed_roles for \(system.id) in inventory/systems.yaml.",
                evidence: [account.evidence, member.evidence, system.evidence], touchesEPHI: true)
        }
    }
}
