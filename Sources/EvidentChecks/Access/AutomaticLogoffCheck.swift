import EvidentCore

/// Automatic logoff (164.312(a)(2)(iii)): ePHI systems end idle sessions.
///
/// Fails when an ePHI system's `session_timeout_seconds` is 0, which means sessions never time out,
/// or above `session_timeout_max_seconds`. An undeclared timeout is missing evidence.
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

        return collector.result(
            evaluated: context.ephiSystems.count, "ePHI systems", singular: "ePHI system",
            notApplicable: "No system in inventory/systems.yaml handles ePHI.")
    }
}
