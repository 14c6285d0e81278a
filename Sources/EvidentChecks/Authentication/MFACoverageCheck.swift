import EvidentCore

/// Person or entity authentication (164.312(d)): people prove who they are with more than a password.
///
/// Fails for an enabled member account in Entra ID without a registered MFA method, and for an ePHI
/// system whose MFA is `optional` or `none`. Accounts absent from the registration report, a missing
/// report, and systems that declare no MFA are missing evidence.
///
/// Entra ID sign-in logs add what registration cannot show: a successful single-factor sign-in fails
/// the account even when a method is registered, and an MFA sign-in shows a method the registration
/// report lacks (reported as a conflict when the report shows none registered).
struct MFACoverageCheck: Check {
    let id = "auth.mfa-coverage"
    let title = "Multifactor authentication"
    let citations = ["164.312(d)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let accounts = context.inventory.accounts.filter { account in
            [.entraID, .googleWorkspace].contains(account.source) && account.isEnabled && !account.isGuest
                && !context.identities.isServiceAccount(account)
        }

        collector.reportUnreadableFiles(
            of: ExportFormats.mfaRegistration.union(ExportFormats.signInLogs), in: context)
        if !accounts.isEmpty {
            checkRegistrations(of: accounts, context, into: &collector)
        }
        for system in context.ephiSystems {
            checkEnforcement(of: system, into: &collector)
        }

        return collector.result(
            evaluated: accounts.count + context.ephiSystems.count, "Entra ID accounts and ePHI systems",
            singular: "Entra ID account or ePHI system",
            notApplicable: "No enabled Entra ID member account and no ePHI system was found.")
    }

    private func checkRegistrations(
        of accounts: [Account], _ context: CheckContext, into collector: inout FindingCollector
    ) {
        let registrations = context.inventory.mfaRegistrations
        let signIns = SignInIndex(context.inventory)
        let hasReport =
            !registrations.isEmpty || !context.inventory.usableFiles(of: ExportFormats.mfaRegistration).isEmpty
        guard hasReport || signIns.hasLogs else {
            collector.missingEvidence(
                .high, Subject(kind: .evidence, id: "entra-mfa-registration"),
                "No Entra ID MFA registration report was found, so MFA for the \(Phrase.count(accounts.count, "enabled account")) "
                    + "in Entra ID cannot be shown.",
                fix: "Export the user registration details report (Entra admin center, Authentication methods, "
                    + "User registration details, or Graph reports/authenticationMethods/userRegistrationDetails) "
                    + "into evidence/.")
            return
        }

        var byUPN: [String: MFARegistration] = [:]
        for registration in registrations {
            byUPN[registration.userPrincipalName.comparisonKey] =
                byUPN[registration.userPrincipalName.comparisonKey]
                ?? registration
        }

        for account in accounts {
            let subject = Subject(kind: .user, id: account.identifier)
            let entry = signIns.entry(for: account)
            if let entry, entry.singleFactorSignIns > 0 {
                reportSingleFactor(account, entry, into: &collector)
                continue
            }
            let usedMFA = (entry?.multifactorSignIns ?? 0) > 0
            guard let registration = byUPN[account.identifier.comparisonKey] else {
                if usedMFA { continue }
                collector.missingEvidence(
                    .medium, subject,
                    "Account \(account.identifier) is enabled in Entra ID but absent from the MFA registration report.",
                    fix: "Export the user registration details report again so it covers \(account.identifier).",
                    evidence: [account.evidence])
                continue
            }
            guard !registration.isRegistered else { continue }
            if let entry, usedMFA {
                collector.warning(
                    .low, subject,
                    "Sources disagree on \(account.identifier): the registration report shows no MFA method, but the "
                        + "sign-in log shows \(Phrase.count(entry.multifactorSignIns, "sign-in")) with MFA.",
                    fix: "Export the user registration details report again; it is refreshed periodically.",
                    evidence: [registration.evidence] + entry.evidence)
                continue
            }

            let isAdmin = registration.isAdmin == true
            collector.violation(
                isAdmin ? .critical : .high, subject,
                "\(isAdmin ? "Admin account" : "Account") \(account.identifier) is enabled in \(account.source.label) "
                    + "with no MFA method registered "
                    + (account.source == .googleWorkspace ? "(2sv Enrolled False)." : "(isMfaRegistered false)."),
                fix: "Require \(account.identifier) to register an MFA method, preferably phishing-resistant, and "
                    + "enforce MFA for it with a Conditional Access policy.",
                evidence: [account.evidence, registration.evidence])
        }
    }

    private func reportSingleFactor(
        _ account: Account, _ entry: SignInIndex.Entry, into collector: inout FindingCollector
    ) {
        collector.violation(
            .high, Subject(kind: .user, id: account.identifier),
            "Account \(account.identifier) signed in to Entra ID with a single factor "
                + "\(Phrase.count(entry.singleFactorSignIns, "time")) in the sign-in log.",
            fix: "Enforce MFA for \(account.identifier) with a Conditional Access policy that requires it for every "
                + "sign-in, and review the single-factor sign-ins.",
            evidence: [account.evidence] + entry.evidence)
    }

    private func checkEnforcement(of system: InformationSystem, into collector: inout FindingCollector) {
        let subject = Subject(kind: .system, id: system.id)
        let fix =
            "Enforce MFA for every sign-in to \(system.name), directly or through single sign-on, and set mfa: "
            + "enforced for \(system.id) in inventory/systems.yaml."

        guard let mfa = system.mfa else {
            collector.missingEvidence(
                .medium, subject, "ePHI system \(system.id) does not declare whether it requires MFA.",
                fix: fix, evidence: [system.evidence], touchesEPHI: true, gaps: .documented)
            return
        }
        if mfa != .enforced {
            collector.violation(
                .high, subject, "ePHI system \(system.id) does not require MFA (mfa \(mfa.rawValue)).",
                fix: fix, evidence: [system.evidence], touchesEPHI: true)
        }
    }
}
