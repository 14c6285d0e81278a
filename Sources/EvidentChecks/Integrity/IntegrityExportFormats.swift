import EvidentCore

extension ExportFormats {
    /// File-integrity monitoring output: AIDE reports, Wazuh alerts, and osquery results, whose
    /// `file_events` and `hash` rows count.
    static let fileIntegrity: Set<EvidenceFormat> = [.aideCheck, .wazuhAlerts, .osqueryResults]
    /// Backup verification output; Veeam session exports carry SureBackup and health-check rows.
    static let backupVerifications: Set<EvidenceFormat> = [.resticCheck, .borgCheck, .veeamBackupSessions]
    /// Audit settings that show configuration and permission changes are recorded, including the
    /// legacy audit policy of secedit exports.
    static let changeAuditing: Set<EvidenceFormat> = [.auditdRules, .auditpolCSV, .seceditINF]
    /// Backup reports and settings exports that state repository encryption.
    static let backupEncryption: Set<EvidenceFormat> = [
        .resticSnapshots, .resticCheck, .borgArchives, .veeamJobEncryption,
    ]
}
