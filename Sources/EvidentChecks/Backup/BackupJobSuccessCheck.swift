import EvidentCore

/// Data backup plan (164.308(a)(7)(ii)(A)): each ePHI system has a backup job that succeeds.
///
/// Fails for an ePHI system without a `backup_job`, and for a job whose latest successful session
/// (result success or warning) ended more than `backup_max_age_hours` before the end of `asOf`.
/// A job with no sessions in any report, and a missing or unreadable report, are missing evidence.
/// Sessions that end after the end of `asOf` are ignored.
struct BackupJobSuccessCheck: Check {
    let id = "backup.job-success"
    let title = "Backups succeeding"
    let citations = ["164.308(a)(7)(ii)(A)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let inventory = context.inventory
        let hasReport = !inventory.backupSessions.isEmpty || !inventory.usableFiles(of: ExportFormats.backups).isEmpty
        let sessions = inventory.backupSessions.filter { session in
            session.endedAt.map { $0 <= context.asOfEnd } ?? false
        }
        let sessionsByJob = Dictionary(grouping: sessions) { $0.jobName.comparisonKey }

        // Session ages are this check's subject, so a stale report already fails by job and is not
        // reported a second time as stale evidence.
        collector.reportUnreadableFiles(of: ExportFormats.backups, in: inventory, severity: .high)
        if !hasReport && !context.ephiSystems.isEmpty {
            collector.missingEvidence(
                .high, Subject(kind: .evidence, id: "backup-report"),
                "No backup session report was found, so no backup job can be shown to succeed.",
                fix: "Export the backup session history (for example Veeam Get-VBRBackupSession | Export-Csv) into "
                    + "evidence/.")
        }

        for system in context.ephiSystems {
            guard let job = system.backupJob?.trimmedWhitespace, !job.isEmpty else {
                collector.violation(
                    .high, Subject(kind: .system, id: system.id), "ePHI system \(system.id) declares no backup job.",
                    fix: "Back up \(system.name) and record the job name as backup_job for \(system.id) in "
                        + "inventory/systems.yaml.",
                    evidence: [system.evidence], touchesEPHI: true, gaps: .documented)
                continue
            }
            guard hasReport else { continue }
            evaluate(job, of: system, sessions: sessionsByJob[job.comparisonKey] ?? [], context, into: &collector)
        }

        return collector.result(
            evaluated: context.ephiSystems.count, "ePHI systems", singular: "ePHI system",
            notApplicable: "No system in inventory/systems.yaml handles ePHI.")
    }

    private func evaluate(
        _ job: String, of system: InformationSystem, sessions: [BackupSession], _ context: CheckContext,
        into collector: inout FindingCollector
    ) {
        let subject = Subject(kind: .system, id: system.id)
        guard !sessions.isEmpty else {
            collector.missingEvidence(
                .high, subject,
                "Backup job \(job) of ePHI system \(system.id) has no sessions up to \(context.settings.asOf) in any "
                    + "backup report.",
                fix: "Check the job name \(job) against the backup product and export a session report that covers "
                    + "it.",
                evidence: [system.evidence], touchesEPHI: true)
            return
        }

        let limit = context.thresholds.backupMaxAgeHours
        let lastSuccess = latest(sessions.filter { $0.result == .success || $0.result == .warning })
        let lastFailure = latest(sessions.filter { $0.result == .failed })
        if let lastSuccess, let ended = lastSuccess.endedAt, context.seconds(since: ended) <= Double(limit) * 3600 {
            return
        }

        let success =
            lastSuccess?.endedAt.map { "last succeeded at \(Phrase.timestamp($0)), more than" }
            ?? "has not succeeded within"
        let failure = lastFailure?.endedAt.map { ", and last failed at \(Phrase.timestamp($0))" } ?? ""
        collector.violation(
            .high, subject,
            "Backup job \(job) of ePHI system \(system.id) \(success) \(limit) hours before the end of "
                + "\(context.settings.asOf)\(failure).",
            fix: "Fix and rerun backup job \(job) in the backup product, then check that it succeeds on schedule.",
            evidence: [system.evidence] + [lastSuccess, lastFailure].compactMap { $0?.evidence }, touchesEPHI: true,
            gaps: .maintained)
    }

    private func latest(_ sessions: [BackupSession]) -> BackupSession? {
        sessions.max { ($0.endedAt ?? .distantPast) < ($1.endedAt ?? .distantPast) }
    }
}
