import EvidentCore

/// Access review (164.308(a)(4)(ii)(C)): unused enabled accounts are disabled.
///
/// Fails for an enabled account whose last sign-in is older than `inactive_account_max_days` or
/// that never signed in. Accounts of terminated members are left to `access.terminated-workforce`.
/// A source that records no sign-ins for any account gives one missing-evidence finding, and so does
/// each file whose sign-in values could not be read (a date that does not fit the export locale).
///
/// Entra ID sign-in logs only add to the users export: an account's last sign-in is the latest either
/// shows, an export that states "never" against a logged sign-in is reported as a conflict, and an account
/// absent from logs that cover the whole limit has not signed in within it. Absence from shorter logs
/// proves nothing, so such accounts stay in the source's one missing-evidence finding.
struct InactiveAccountCheck: Check {
    let id = "access.inactive-account"
    let title = "Inactive accounts disabled"
    let citations = ["164.308(a)(4)(ii)(C)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        collector.reportUnreadableFiles(
            of: ExportFormats.accounts.union(ExportFormats.signInLogs), in: context)
        collector.requireAccountExport(context)
        let signIns = SignInIndex(context.inventory)
        let exported = context.inventory.accounts.filter { account in
            account.isEnabled && !context.identities.members(matching: account).contains { $0.status == .terminated }
        }
        let accounts = exported.map { merge($0, signIns, into: &collector) }

        for source in Set(accounts.map(\.source)).sorted() {
            var unreadable: [Account] = []
            var unknown: [Account] = []
            for account in accounts where account.source == source {
                if account.lastSignIn != .unknown {
                    evaluate(account, context, into: &collector)
                } else if evaluateAbsence(of: account, signIns, context, into: &collector) {
                    continue
                } else if account.lastSignInProblem != nil {
                    unreadable.append(account)
                } else {
                    unknown.append(account)
                }
            }

            reportUnreadableSignIns(unreadable, context, into: &collector)
            let ofSource = exported.filter { $0.source == source }
            if ofSource.allSatisfy({ $0.lastSignIn == .unknown && $0.lastSignInProblem == nil }) {
                if !unknown.isEmpty {
                    reportNoSignInData(source, ofSource, unknown: unknown, signIns, context, into: &collector)
                }
            } else {
                for account in unknown {
                    evaluate(account, context, into: &collector)
                }
            }
        }

        return collector.result(
            evaluated: accounts.count, "enabled accounts", singular: "enabled account",
            notApplicable: "No enabled account of a current workforce member or service was found.")
    }

    /// Returns the account with its last sign-in raised to the latest successful one in the sign-in logs.
    private func merge(_ account: Account, _ signIns: SignInIndex, into collector: inout FindingCollector) -> Account {
        guard let entry = signIns.entry(for: account), let logged = entry.lastSuccessfulSignIn else { return account }
        var merged = account
        switch account.lastSignIn {
        case .at(let exported) where exported >= logged:
            return account
        case .never:
            collector.warning(
                .low, Subject(kind: .user, id: account.identifier),
                "Sources disagree on \(account.identifier): the \(account.source.label) export says it never signed "
                    + "in, but the sign-in log shows a successful sign-in at \(Phrase.timestamp(logged)).",
                fix: "Export \(account.source.label) users again; the sign-in log's time is used.",
                evidence: [account.evidence] + entry.evidence)
        default:
            break
        }
        merged.lastSignIn = .at(logged)
        merged.evidence = entry.evidence.last ?? account.evidence
        return merged
    }

    /// Reports an Entra ID account that no sign-in log shows, when the logs reach back beyond the limit;
    /// returns whether it did.
    private func evaluateAbsence(
        of account: Account, _ signIns: SignInIndex, _ context: CheckContext, into collector: inout FindingCollector
    ) -> Bool {
        let limit = context.thresholds.inactiveAccountMaxDays
        guard account.source == .entraID, let since = signIns.coveredSince,
            context.seconds(since: since) > Double(limit) * 86_400
        else { return false }

        collector.violation(
            .medium, Subject(kind: .user, id: account.identifier),
            "Account \(account.identifier) in \(account.source.label) has no successful sign-in in the sign-in logs, "
                + "which cover every day since \(Phrase.timestamp(since)) (more than \(limit) days).",
            fix: "Disable \(account.identifier) in \(account.source.label), or record why it stays enabled; "
                + "accounts unused for more than \(limit) days should not keep access.",
            evidence: [account.evidence], touchesEPHI: context.ephiSystem(of: account) != nil, gaps: .maintained)
        return true
    }

    private func evaluate(_ account: Account, _ context: CheckContext, into collector: inout FindingCollector) {
        let limit = context.thresholds.inactiveAccountMaxDays
        let subject = Subject(kind: .user, id: account.identifier)
        let touchesEPHI = context.ephiSystem(of: account) != nil
        let fix =
            "Disable \(account.identifier) in \(account.source.label), or record why it stays enabled; "
            + "accounts unused for more than \(limit) days should not keep access."

        switch account.lastSignIn {
        case .at(let instant):
            let seconds = context.seconds(since: instant)
            guard seconds > Double(limit) * 86_400 else { return }
            collector.violation(
                .medium, subject,
                "Account \(account.identifier) in \(account.source.label) last signed in at "
                    + "\(Phrase.timestamp(instant)) (\(Phrase.count(Phrase.wholeDays(seconds), "day")) ago, limit "
                    + "\(limit)).",
                fix: fix, evidence: [account.evidence], touchesEPHI: touchesEPHI, gaps: .maintained)
        case .never:
            collector.violation(
                .medium, subject,
                "Account \(account.identifier) in \(account.source.label) is enabled and has never signed in.",
                fix: fix, evidence: [account.evidence], touchesEPHI: touchesEPHI, gaps: .maintained)
        case .unknown:
            collector.missingEvidence(
                .medium, subject,
                "Account \(account.identifier) in \(account.source.label) has no last sign-in time in its export.",
                fix: "Export \(account.source.label) accounts with their last sign-in time, for example "
                    + "LastLogonDate or signInActivity.",
                evidence: [account.evidence], touchesEPHI: touchesEPHI)
        }
    }
}
