import EvidentCore

extension InactiveAccountCheck {
    /// Records one missing-evidence finding per file for the accounts whose last sign-in value is in
    /// the file but could not be read. One cause, often a date that does not fit `export_locale`,
    /// explains them all, so the fix is to the file and not to each account.
    func reportUnreadableSignIns(
        _ accounts: [Account], _ context: CheckContext, into collector: inout FindingCollector
    ) {
        var order: [String] = []
        var byFile: [String: [Account]] = [:]
        for account in accounts {
            if byFile[account.evidence.path] == nil { order.append(account.evidence.path) }
            byFile[account.evidence.path, default: []].append(account)
        }

        for path in order {
            let ofFile = byFile[path] ?? []
            guard let first = ofFile.first else { continue }
            let line = first.evidence.line.map { " on line \($0)" } ?? ""
            let names = ofFile.prefix(10).map(\.identifier)
            let list =
                ofFile.count > 10
                ? names.joined(separator: ", ") + " and \(ofFile.count - 10) more" : Phrase.list(names)
            collector.missingEvidence(
                .medium, Subject(kind: .evidence, id: path),
                "The last sign-in time of \(Phrase.count(ofFile.count, "enabled account")) in \(path) could not be "
                    + "read, so whether they are inactive is unknown. For \(first.identifier)\(line): "
                    + "\(first.lastSignInProblem ?? "unreadable value"). Accounts: \(list).",
                fix: "Correct the dates 'evident evidence' lists for \(path): set export_locale in evident.yaml to "
                    + "the locale of the machine that exported it, or export it again, then rerun the assessment.",
                evidence: [EvidenceReference(path: path)] + ofFile.prefix(10).map(\.evidence),
                touchesEPHI: ofFile.contains { context.ephiSystem(of: $0) != nil })
        }
    }

    /// Records that a source's export has no sign-in time for any account, naming how many of its
    /// accounts the sign-in logs could not settle either.
    ///
    /// - Parameters:
    ///   - accounts: The source's enabled accounts as exported.
    ///   - unknown: Those whose last sign-in is still unknown after the sign-in logs.
    func reportNoSignInData(
        _ source: AccountSource, _ accounts: [Account], unknown: [Account], _ signIns: SignInIndex,
        _ context: CheckContext, into collector: inout FindingCollector
    ) {
        let files = Set(accounts.map(\.evidence.path)).sorted().map { EvidenceReference(path: $0) }
        var message =
            "The \(source.label) export records no last sign-in time for any of its "
            + "\(Phrase.count(accounts.count, "enabled account")), so inactive accounts cannot be found."
        var fix = sourceFix(source)
        if source == .entraID && signIns.hasLogs {
            let limit = context.thresholds.inactiveAccountMaxDays
            let coverage =
                signIns.coveredSince.map {
                    "cover only the time since \(Phrase.timestamp($0)), not more than \(limit) days"
                } ?? "were read only in part"
            message =
                "The \(source.label) export records no last sign-in time for any of its "
                + "\(Phrase.count(accounts.count, "enabled account")). The sign-in logs show a sign-in by "
                + "\(accounts.count - unknown.count) of them but \(coverage), so absence from them proves nothing "
                + "and \(Phrase.count(unknown.count, "account")) cannot be judged."
            fix += " Sign-in logs read whole that cover more than \(limit) days also settle it."
        }
        collector.missingEvidence(
            .medium, Subject(kind: .evidence, id: source.label), message, fix: fix, evidence: files)
    }

    private func sourceFix(_ source: AccountSource) -> String {
        switch source {
        case .entraID:
            "Export Entra ID users with signInActivity (Microsoft Graph /users?$select=userPrincipalName,"
                + "accountEnabled,signInActivity), because the portal's Download users CSV has no sign-in column."
        case .googleWorkspace:
            "Download users from the Google Admin console with the Last Sign In column."
        case .activeDirectory:
            "Export Active Directory users with Get-ADUser -Properties LastLogonDate and include that column."
        case .system(let id):
            "Add a last_login column to the access list of system \(id)."
        }
    }
}
