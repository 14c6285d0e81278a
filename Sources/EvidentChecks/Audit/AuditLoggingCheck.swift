import EvidentCore

/// Audit controls (164.312(b)): ePHI systems record activity and keep the records.
///
/// Fails when an ePHI system's `audit_logging` is false or its `log_retention_days` is below
/// `log_retention_min_days`. An undeclared logging or retention value is missing evidence.
struct AuditLoggingCheck: Check {
    let id = "audit.logging-enabled"
    let title = "Audit logging"
    let citations = ["164.312(b)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let minimum = context.thresholds.logRetentionMinDays

        for system in context.ephiSystems {
            let subject = Subject(kind: .system, id: system.id)
            let evidence = [system.evidence]
            switch system.auditLogging {
            case .some(true):
                break
            case .some(false):
                collector.violation(
                    .high, subject, "ePHI system \(system.id) does not record audit logs (audit_logging false).",
                    fix: "Turn on audit logging in \(system.name) for sign-ins and record access, then set "
                        + "audit_logging: true for \(system.id) in inventory/systems.yaml.",
                    evidence: evidence, touchesEPHI: true)
            case .none:
                collector.missingEvidence(
                    .medium, subject, "ePHI system \(system.id) does not declare whether it records audit logs.",
                    fix: "Set audit_logging for \(system.id) in inventory/systems.yaml after checking \(system.name).",
                    evidence: evidence, touchesEPHI: true, gaps: .documented)
            }

            guard let retention = system.logRetentionDays else {
                collector.missingEvidence(
                    .low, subject, "ePHI system \(system.id) does not declare how long it keeps audit logs.",
                    fix: "Set log_retention_days for \(system.id) in inventory/systems.yaml.",
                    evidence: evidence, touchesEPHI: true, gaps: .documented)
                continue
            }
            if retention < minimum {
                collector.violation(
                    .medium, subject,
                    "ePHI system \(system.id) keeps audit logs for \(Phrase.count(retention, "day")), below the "
                        + "minimum of \(minimum).",
                    fix: "Keep audit logs of \(system.name) for at least \(minimum) days, in the system or a log "
                        + "archive, and update log_retention_days for \(system.id).",
                    evidence: evidence, touchesEPHI: true)
            }
        }

        return collector.result(
            evaluated: context.ephiSystems.count, "ePHI systems", singular: "ePHI system",
            notApplicable: "No system in inventory/systems.yaml handles ePHI.")
    }
}
