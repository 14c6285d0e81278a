import EvidentCore

/// Password management (164.308(a)(5)(ii)(D)): password policies meet NIST SP 800-63B.
///
/// Judges each Windows policy export (secedit, gpresult): a minimum length below
/// `password_min_length` and an account lockout that never triggers or allows more than
/// `lockout_max_attempts` failures fail. Forced periodic expiry and composition rules, which
/// SP 800-63B tells verifiers not to impose, are low warnings. Without any policy export the check
/// reports missing evidence.
struct PasswordPolicyCheck: Check {
    let id = "auth.password-policy"
    let title = "Password policy"
    let citations = ["164.308(a)(5)(ii)(D)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        collector.reportUnreadableFiles(of: ExportFormats.endpointPolicies, in: context)
        // osquery screenlock rows say nothing about passwords or lockout.
        let policies = context.inventory.endpointPolicies.filter { $0.requiresPasswordOnWake == nil }

        if policies.isEmpty && context.inventory.unreadableFiles(of: ExportFormats.endpointPolicies).isEmpty {
            collector.missingEvidence(
                .medium, Subject(kind: .evidence, id: "password-policy"),
                "No password policy export was found, so password length and lockout cannot be shown.",
                fix: "Save secedit /export /cfg <machine>.inf from a domain controller (for the domain policy) or "
                    + "gpresult /x <machine>.xml into evidence/.")
        }
        for policy in policies {
            evaluate(policy, context, into: &collector)
        }

        return collector.result(
            evaluated: policies.count, "password policies", singular: "password policy",
            notApplicable: "No password policy was found.")
    }

    private func evaluate(_ policy: EndpointPolicy, _ context: CheckContext, into collector: inout FindingCollector) {
        let subject = Subject(kind: .device, id: policy.device)
        let minimum = context.thresholds.passwordMinLength
        let attempts = context.thresholds.lockoutMaxAttempts

        if let length = policy.minimumPasswordLength, length < minimum {
            collector.violation(
                .medium, subject,
                "The password policy of \(policy.device) allows passwords of \(length) characters, below the minimum "
                    + "of \(minimum) (NIST SP 800-63B).",
                fix: "Set MinimumPasswordLength to at least \(minimum) in the password policy that applies to "
                    + "\(policy.device).",
                evidence: [policy.evidence])
        }
        if let threshold = policy.lockoutThreshold, threshold == 0 || threshold > attempts {
            collector.violation(
                .medium, subject,
                threshold == 0
                    ? "Accounts on \(policy.device) never lock after failed sign-ins (LockoutBadCount 0)."
                    : "Accounts on \(policy.device) lock only after \(threshold) failed sign-ins, above \(attempts).",
                fix: "Set an account lockout threshold of at most \(attempts) failed sign-ins on \(policy.device).",
                evidence: [policy.evidence])
        }
        if let age = policy.maximumPasswordAgeDays, age > 0 {
            collector.warning(
                .low, subject,
                "The password policy of \(policy.device) forces a change every \(age) days; NIST SP 800-63B advises "
                    + "changing passwords only on evidence of compromise.",
                fix: "Set MaximumPasswordAge to 0 once MFA and a blocklist of compromised passwords are in place.",
                evidence: [policy.evidence])
        }
    }
}
