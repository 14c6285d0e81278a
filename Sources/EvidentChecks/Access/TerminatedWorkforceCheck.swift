import EvidentCore

/// Termination procedures (164.308(a)(3)(ii)(C)): access ends when employment ends.
///
/// Fails for each enabled account, in a directory or an ePHI system's access list, that matches a
/// workforce member whose status is terminated.
struct TerminatedWorkforceCheck: Check {
    let id = "access.terminated-workforce"
    let title = "Access removed at termination"
    let citations = ["164.308(a)(3)(ii)(C)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        collector.reportUnreadableFiles(of: ExportFormats.accounts, in: context, severity: .high)
        collector.requireAccountExport(context)
        let terminated = context.inventory.workforce.filter { $0.status == .terminated }
        guard collector.requireRoster(context) else {
            return collector.result(
                evaluated: 0, "terminated members", singular: "terminated member",
                notApplicable: "No account and no workforce member was found.")
        }

        for account in context.inventory.accounts where account.isEnabled {
            let members = context.identities.members(matching: account).filter { $0.status == .terminated }
            guard let member = members.first else { continue }
            report(account, of: member, context, into: &collector)
        }

        return collector.result(
            evaluated: terminated.count, "terminated members", singular: "terminated member",
            notApplicable: "The workforce roster lists no terminated member.")
    }

    private func report(
        _ account: Account, of member: WorkforceMember, _ context: CheckContext, into collector: inout FindingCollector
    ) {
        let system = context.ephiSystem(of: account)
        let subject = Subject(kind: .user, id: account.identifier)
        let evidence = [account.evidence, member.evidence]
        let disable =
            "Disable the account in \(account.source.label) and remove it from every group and ePHI system "
            + "\(member.name) could reach"

        guard let endDate = member.endDate else {
            collector.violation(
                system == nil ? .high : .critical, subject,
                "Account \(account.identifier) is enabled in \(account.source.label) although \(member.name) is "
                    + "terminated on the workforce roster (no end date recorded).",
                fix: disable + ", and record the end date in inventory/workforce.csv.",
                evidence: evidence, touchesEPHI: system != nil)
            return
        }

        let daysSince = context.days(since: endDate)
        guard daysSince >= 0 else {
            collector.warning(
                .low, subject,
                "Account \(account.identifier) is enabled in \(account.source.label) and \(member.name) leaves on "
                    + "\(endDate) (in \(Phrase.count(-daysSince, "day"))).",
                fix: "Schedule the account in \(account.source.label) to be disabled at the end of \(endDate).",
                evidence: evidence, touchesEPHI: system != nil)
            return
        }
        collector.violation(
            system == nil ? .high : .critical, subject,
            "Account \(account.identifier) is enabled in \(account.source.label) although \(member.name) left on "
                + "\(endDate) (\(Phrase.count(daysSince, "day")) ago).",
            fix: disable + ".",
            evidence: evidence, touchesEPHI: system != nil)
    }
}
