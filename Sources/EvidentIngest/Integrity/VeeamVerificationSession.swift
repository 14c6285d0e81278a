import EvidentCore
import FoundationEssentials

/// Recognizes the rows of a Veeam session export that are SureBackup or health-check sessions rather
/// than backups, by their `JobType`, `JobTypeString` or `SessionType` column (`SureBackup`,
/// `Health Check`).
///
/// A SureBackup job verifies the restore points of the backup jobs linked to it, so the row's
/// `LinkedJobs` (or `LinkedJob`, `VerifiedJob`) names them, separated by `;` or `,`. Without such a
/// column the session verifies the job it is named after. `Success` is a passed verification,
/// `Warning` and `Failed` mean a test did not pass, and `None` means no outcome yet.
///
/// NOTE: a plain `Get-VBRSureBackupSession | Export-Csv` carries no job type, so its rows read as
/// backup sessions; the export must add the `JobType` column (docs/workspace.md shows how).
enum VeeamVerificationSession {
    /// Returns the verification tool a row's job type names, or `nil` for a backup session.
    static func tool(of record: CSVRecord) -> BackupVerificationTool? {
        guard let type = record.value("JobType", "JobTypeString", "SessionType")?.lowercased() else { return nil }
        let compact = type.filter { $0.isLetter }
        if compact.contains("surebackup") { return .veeamSureBackup }
        if compact.contains("healthcheck") { return .veeamHealthCheck }
        return nil
    }

    /// Returns one verification per job the session verifies.
    static func verifications(
        of record: CSVRecord, jobName: String, result: BackupResult, endedAt: Date, tool: BackupVerificationTool,
        evidence: EvidenceReference
    ) -> [BackupVerification] {
        let linked = (record.value("LinkedJobs", "LinkedJob", "VerifiedJob") ?? "")
            .split(whereSeparator: { $0 == ";" || $0 == "," })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let succeeded: Bool? =
            switch result {
            case .success: true
            case .warning, .failed: false
            case .unknown: nil
            }
        let outcome = "\(tool == .veeamSureBackup ? "SureBackup" : "health check") \(jobName) result \(result.rawValue)"
        return (linked.isEmpty ? [jobName] : linked).map { target in
            BackupVerification(
                target: target, tool: tool, verifiedAt: endedAt, succeeded: succeeded, outcome: outcome,
                evidence: evidence)
        }
    }
}
