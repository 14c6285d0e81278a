import EvidentCore

/// Integrity (164.312(c)(1)) and data backup plan (164.308(a)(7)(ii)(A)): the backups of each ePHI
/// system are verified intact (`restic check`, `borg check`, Veeam SureBackup or health check), and
/// the last verification succeeded.
///
/// For each ePHI system with a `backup_job`, fails when the latest verification of that job failed
/// (high), or succeeded more than `backup_verification_max_age_days` before `asOf` (medium), or when
/// verification reports exist but none verifies the job. A latest verification without an outcome or
/// a time, and a workspace without any verification report, are missing evidence. Verifications after
/// the end of `asOf` are ignored. While a verification export could not be read, was cut short or left
/// out records, its latest verification of a job may be among the records not read. A job with no
/// verification read, or only an old one, is then missing evidence instead of a violation.
struct BackupVerificationCheck: Check {
    let id = "integrity.backup-verification"
    let title = "Backup verification"
    let citations = ["164.312(c)(1)", "164.308(a)(7)(ii)(A)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let inventory = context.inventory
        let verifications = inventory.backupVerifications.filter { verification in
            verification.verifiedAt.map { $0 <= context.asOfEnd } ?? true
        }
        let hasReport = !verifications.isEmpty || !inventory.usableFiles(of: [.resticCheck, .borgCheck]).isEmpty
        let systems = context.ephiSystems.filter { !($0.backupJob?.trimmedWhitespace.isEmpty ?? true) }

        collector.reportUnreadableFiles(of: ExportFormats.backupVerifications, in: inventory)
        if !hasReport && !systems.isEmpty {
            collector.missingEvidence(
                .high, Subject(kind: .evidence, id: "backup-verification-report"),
                "No backup verification report was found, so no backup can be shown to be intact.",
                fix: "Verify each backup repository (restic check, borg check --show-rc, Veeam SureBackup) and put "
                    + "the output or the session export into evidence/.",
                touchesEPHI: true)
        }

        let formats = ExportFormats.backupVerifications
        let incomplete = Set(
            (inventory.unreadableFiles(of: formats) + inventory.partialFiles(of: formats)
                + inventory.filesWithSkippedRecords(of: formats)).map(\.path)
        ).sorted()
        for system in systems where hasReport {
            let job = system.backupJob?.trimmedWhitespace ?? ""
            let ofJob = verifications.filter { $0.target.comparisonKey == job.comparisonKey }
            if !incomplete.isEmpty, isMissingOrOld(ofJob, context) {
                reportUnverifiable(job, of: system, incomplete: incomplete, into: &collector)
                continue
            }
            evaluate(job, of: system, ofJob, context, into: &collector)
        }

        return collector.result(
            evaluated: systems.count, "ePHI systems with a backup job", singular: "ePHI system with a backup job",
            notApplicable: "No ePHI system declares a backup job.")
    }

    private func evaluate(
        _ job: String, of system: InformationSystem, _ verifications: [BackupVerification], _ context: CheckContext,
        into collector: inout FindingCollector
    ) {
        let subject = Subject(kind: .system, id: system.id)
        let dated = verifications.filter { $0.verifiedAt != nil }
        guard let latest = dated.max(by: { $0.verifiedAt! < $1.verifiedAt! }), let verifiedAt = latest.verifiedAt else {
            if let undated = verifications.first {
                collector.missingEvidence(
                    .medium, subject,
                    "The verification of backup job \(job) of ePHI system \(system.id) in \(undated.evidence.path) "
                        + "carries no time, so its age is unknown.",
                    fix: "Name the \(undated.tool.rawValue) output file with the date of the check (for example "
                        + "\(job).\(undated.tool.rawValue)-check.\(context.settings.asOf).txt) or prefix its lines with "
                        + "timestamps.",
                    evidence: [undated.evidence], touchesEPHI: true)
                return
            }
            collector.violation(
                .medium, subject,
                "Backup job \(job) of ePHI system \(system.id) is verified by no repository check or SureBackup "
                    + "session in any report.",
                fix: "Verify the backups of job \(job) (restic check, borg check, or a Veeam SureBackup job linked to "
                    + "it) and export the result into evidence/, named after the job.",
                evidence: [system.evidence], touchesEPHI: true)
            return
        }

        let when = Phrase.timestamp(verifiedAt)
        switch latest.succeeded {
        case .some(false):
            collector.violation(
                .high, subject,
                "The latest verification of backup job \(job) of ePHI system \(system.id), at \(when), failed "
                    + "(\(latest.outcome)).",
                fix: "Find and repair the damage the \(latest.tool.rawValue) verification reports for job \(job), then "
                    + "verify again; until it passes, the backups may not restore.",
                evidence: [system.evidence, latest.evidence], touchesEPHI: true)
        case .none:
            collector.missingEvidence(
                .medium, subject,
                "The latest verification of backup job \(job) of ePHI system \(system.id), at \(when), has no "
                    + "outcome (\(latest.outcome)).",
                fix: "Export the verification again after it has finished.", evidence: [latest.evidence],
                touchesEPHI: true)
        case .some(true):
            let limit = context.thresholds.backupVerificationMaxAgeDays
            guard context.seconds(since: verifiedAt) > Double(limit) * 86_400 else { return }
            let age = Phrase.age(context.seconds(since: verifiedAt), overLimit: limit)
            collector.violation(
                .medium, subject,
                "Backup job \(job) of ePHI system \(system.id) was last verified at \(when), "
                    + "\(age) before the end of \(context.settings.asOf), and the limit is "
                    + "\(limit) days.",
                fix: "Schedule the verification of job \(job) to run at least every \(limit) days and export its "
                    + "result into evidence/.",
                evidence: [system.evidence, latest.evidence], touchesEPHI: true, gaps: .maintained)
        }
    }

    /// Returns whether no verification of the job was read, or the latest succeeded but is older than
    /// the limit: the two verdicts a verification among unread records could overturn.
    private func isMissingOrOld(_ verifications: [BackupVerification], _ context: CheckContext) -> Bool {
        let dated = verifications.filter { $0.verifiedAt != nil }
        guard !verifications.isEmpty else { return true }
        guard let latest = dated.max(by: { $0.verifiedAt! < $1.verifiedAt! }), let verifiedAt = latest.verifiedAt,
            latest.succeeded == true
        else { return false }
        let limit = context.thresholds.backupVerificationMaxAgeDays
        return context.seconds(since: verifiedAt) > Double(limit) * 86_400
    }

    private func reportUnverifiable(
        _ job: String, of system: InformationSystem, incomplete: [String], into collector: inout FindingCollector
    ) {
        collector.missingEvidence(
            .medium, Subject(kind: .system, id: system.id),
            "No current verification of backup job \(job) of ePHI system \(system.id) was read, but "
                + "\(Phrase.list(incomplete)) could not be read in full, so a newer verification may be among the "
                + "records left out.",
            fix: "Correct or export again \(Phrase.list(incomplete)) as 'evident evidence' describes, then rerun "
                + "the assessment.",
            evidence: [system.evidence] + incomplete.map { EvidenceReference(path: $0) }, touchesEPHI: true)
    }
}
