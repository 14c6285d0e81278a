import EvidentCore

/// Automatic logoff (164.312(a)(2)(iii)): ePHI systems end idle sessions.
///
/// Fails when an ePHI system's `session_timeout_seconds` is 0, which means sessions never time out,
/// or above `session_timeout_max_seconds`. An undeclared timeout is missing evidence.
///
/// Windows policy exports (secedit, gpresult) add the machines themselves: an `InactivityTimeoutSecs`
/// of 0 or above the same limit fails, and a policy export without one is missing evidence. osquery's
/// macOS `screenlock` rows fail when no password is asked on waking or the grace period exceeds the
/// limit. They cannot pass alone, because the table lacks the idle time before the screen saver starts.
struct AutomaticLogoffCheck: Check {
    let id = "access.automatic-logoff"
    let title = "Automatic logoff"
    let citations = ["164.312(a)(2)(iii)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let limit = context.thresholds.sessionTimeoutMaxSeconds
        let fix = { (system: InformationSystem) in
            "Set the idle session timeout of \(system.name) to at most \(limit) seconds and record it as "
                + "session_timeout_seconds for \(system.id) in inventory/systems.yaml."
        }

        for system in context.ephiSystems {
            let subject = Subject(kind: .system, id: system.id)
            guard let timeout = system.sessionTimeoutSeconds else {
                collector.missingEvidence(
                    .medium, subject, "ePHI system \(system.id) declares no session_timeout_seconds.",
                    fix: fix(system), evidence: [system.evidence], touchesEPHI: true, gaps: .documented)
                continue
            }
            if timeout == 0 {
                collector.violation(
                    .high, subject, "ePHI system \(system.id) never ends idle sessions (session_timeout_seconds 0).",
                    fix: fix(system), evidence: [system.evidence], touchesEPHI: true)
            } else if timeout > limit {
                collector.violation(
                    .medium, subject,
                    "ePHI system \(system.id) ends idle sessions after \(timeout) seconds, above the limit of "
                        + "\(limit).",
                    fix: fix(system), evidence: [system.evidence], touchesEPHI: true)
            }
        }

        let policies = context.inventory.endpointPolicies
        for policy in policies {
            evaluate(policy, limit: limit, into: &collector)
        }

        return collector.result(
            evaluated: context.ephiSystems.count + policies.count, "ePHI systems and machines",
            singular: "ePHI system or machine",
            notApplicable: "No system in inventory/systems.yaml handles ePHI and no machine policy was found.")
    }

    private func evaluate(_ policy: EndpointPolicy, limit: Int, into collector: inout FindingCollector) {
        let subject = Subject(kind: .device, id: policy.device)
        let fix =
            "Set \"Interactive logon: Machine inactivity limit\" (InactivityTimeoutSecs) to at most \(limit) seconds "
            + "in the policy that applies to \(policy.device)."
        if policy.inactivityTimeoutSeconds == nil, let requiresPassword = policy.requiresPasswordOnWake {
            evaluateScreenLock(policy, requiresPassword: requiresPassword, limit: limit, into: &collector)
            return
        }
        guard let timeout = policy.inactivityTimeoutSeconds else {
            collector.missingEvidence(
                .medium, subject, "The policy export of \(policy.device) sets no machine inactivity limit.",
                fix: fix, evidence: [policy.evidence])
            return
        }
        if timeout == 0 {
            collector.violation(
                .high, subject, "\(policy.device) never locks when idle (InactivityTimeoutSecs 0).", fix: fix,
                evidence: [policy.evidence])
        } else if timeout > limit {
            collector.violation(
                .medium, subject,
                "\(policy.device) locks after \(timeout) idle seconds, above the limit of \(limit).", fix: fix,
                evidence: [policy.evidence])
        }
    }

    private func evaluateScreenLock(
        _ policy: EndpointPolicy, requiresPassword: Bool, limit: Int, into collector: inout FindingCollector
    ) {
        let subject = Subject(kind: .device, id: policy.device)
        let fix =
            "Require a password immediately after sleep or the screen saver begins on \(policy.device), and start "
            + "the screen saver after at most \(limit) idle seconds, in a configuration profile."
        let grace = policy.passwordGracePeriodSeconds ?? 0
        if !requiresPassword {
            collector.violation(
                .high, subject,
                "\(policy.device) asks for no password when it wakes from sleep or the screen saver (osquery "
                    + "screenlock).",
                fix: fix, evidence: [policy.evidence])
        } else if grace > limit {
            collector.violation(
                .medium, subject,
                "\(policy.device) asks for a password only \(grace) seconds after the screen saver starts, above the "
                    + "limit of \(limit).",
                fix: fix, evidence: [policy.evidence])
        } else {
            collector.missingEvidence(
                .low, subject,
                "\(policy.device) asks for a password within \(grace) seconds of the screen saver starting, but "
                    + "osquery's screenlock table does not show how long it stays idle before the screen saver starts.",
                fix: "Save the idle time of \(policy.device) (defaults -currentHost read com.apple.screensaver "
                    + "idleTime) or its configuration profile into evidence/.",
                evidence: [policy.evidence])
        }
    }
}
