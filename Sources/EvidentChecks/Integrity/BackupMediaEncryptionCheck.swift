import EvidentCore

/// Encryption and decryption (164.312(a)(2)(iv)) and data backup and storage (164.310(d)(2)(iv)): the
/// backup repositories and media that hold copies of ePHI are encrypted.
///
/// For each ePHI system with a `backup_job`, the backup tool's own report decides: restic
/// repositories are always encrypted, borg reports its encryption mode, and a Veeam job export gives
/// `StorageEncryptionEnabled`. The fix names the setting of the tool that reported. Without such a
/// report, `backup_encrypted` in `systems.yaml` decides, and `true` needs a readable
/// `backup_encryption_evidence` export. Fails when a report or the declaration shows an unencrypted
/// repository; a missing declaration or missing evidence is missing evidence.
struct BackupMediaEncryptionCheck: Check {
    let id = "encryption.backup-media"
    let title = "Backup encryption"
    let citations = ["164.312(a)(2)(iv)", "164.310(d)(2)(iv)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let systems = context.ephiSystems.filter { !($0.backupJob?.trimmedWhitespace.isEmpty ?? true) }
        collector.reportUnreadableFiles(of: ExportFormats.backupEncryption, in: context.inventory)

        for system in systems {
            let job = system.backupJob?.trimmedWhitespace ?? ""
            let reported = context.inventory.backupEncryption.filter { $0.target.comparisonKey == job.comparisonKey }
            let subject = Subject(kind: .system, id: system.id)

            if let clear = reported.first(where: { $0.isEncrypted == false }) {
                collector.violation(
                    .high, subject,
                    "The backup repository of job \(job) (ePHI system \(system.id)) is not encrypted: \(Phrase.clause(clear.state)).",
                    fix: fix(job: job, tool: clear.tool),
                    evidence: [system.evidence, clear.evidence], touchesEPHI: true)
            } else if reported.contains(where: { $0.isEncrypted == true }) {
                continue
            } else {
                evaluateDeclaration(of: system, job: job, context, into: &collector)
            }
        }

        return collector.result(
            evaluated: systems.count, "ePHI systems with a backup job", singular: "ePHI system with a backup job",
            notApplicable: "No ePHI system declares a backup job.")
    }

    /// Returns the steps that encrypt an unencrypted repository in the tool that reported it.
    private func fix(job: String, tool: BackupTool?) -> String {
        switch tool {
        case .veeam:
            // PowerShell escapes a single quote inside a single-quoted string by doubling it.
            let quoted = job.replacing("'", with: "''")
            // Veeam Backup & Replication 13 PowerShell reference: Set-VBRJobAdvancedStorageOptions
            // takes -EnableEncryption <Boolean> and an -EncryptionKey that Get-VBREncryptionKey
            // returns. Its user guide says the next run writes an encrypted full backup and the
            // earlier restore points stay unencrypted.
            return
                "Enable encryption for Veeam job \(job) in the job's advanced storage settings, with a password or KMS "
                + "key, or run Get-VBRJob -Name '\(quoted)' | Set-VBRJobAdvancedStorageOptions -EnableEncryption $true "
                + "-EncryptionKey (Get-VBREncryptionKey -Description '<key description>'). The next run writes an encrypted full "
                + "backup, but Veeam leaves the earlier restore points unencrypted, so delete them once the encrypted "
                + "chain covers the retention period. Keep the password apart from the repository."
        case .borg:
            return "Create an encrypted repository (borg init --encryption=repokey-blake2), move the backups of job "
                + "\(job) to it, and keep the key and passphrase apart from the repository."
        case .restic, nil:
            return "Turn on encryption for backup job \(job) in the backup tool, or move its backups to an encrypted "
                + "repository, and keep the key apart from the repository."
        }
    }

    private func evaluateDeclaration(
        of system: InformationSystem, job: String, _ context: CheckContext, into collector: inout FindingCollector
    ) {
        let subject = Subject(kind: .system, id: system.id)
        switch system.backupEncrypted {
        case .some(false):
            collector.violation(
                .high, subject,
                "Backups of ePHI system \(system.id) (job \(job)) are stored unencrypted (backup_encrypted false).",
                fix: "Turn on encryption for backup job \(job) (in Veeam: job settings, Storage, Advanced, "
                    + "Encryption), then set backup_encrypted: true and name the export that shows it.",
                evidence: [system.evidence], touchesEPHI: true)
        case .some(true):
            if DeclaredEvidence.file(system.backupEncryptionEvidence, in: context.inventory) != nil { return }
            let named = system.backupEncryptionEvidence.map { "its backup_encryption_evidence \($0) was not found" }
            collector.missingEvidence(
                .medium, subject,
                "ePHI system \(system.id) declares its backups of job \(job) encrypted, but "
                    + (named ?? "names no backup_encryption_evidence")
                    + ", and no restic, borg or Veeam job export shows it.",
                fix: "Export the job's encryption setting (for Veeam, Get-VBRJob -Name '\(job)' | Select Name, "
                    + "@{n='StorageEncryptionEnabled';e={$_.BackupStorageOptions.StorageEncryptionEnabled}} | "
                    + "Export-Csv) into evidence/ and name it as backup_encryption_evidence for \(system.id).",
                evidence: [system.evidence], touchesEPHI: true)
        case .none:
            collector.missingEvidence(
                .medium, subject,
                "No report shows whether the backups of job \(job) (ePHI system \(system.id)) are encrypted, and "
                    + "backup_encrypted is not declared.",
                fix: "Check the encryption setting of backup job \(job), then set backup_encrypted and "
                    + "backup_encryption_evidence for \(system.id) in inventory/systems.yaml.",
                evidence: [system.evidence], touchesEPHI: true, gaps: .documented)
        }
    }
}
