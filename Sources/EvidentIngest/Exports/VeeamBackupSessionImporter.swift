import EvidentCore
import FoundationEssentials

/// Reads Veeam Backup & Replication session reports written by PowerShell
/// (`"JobName","Result",...,"Date"`) into backup sessions.
///
/// `Date` is formatted in the exporting user's culture (`7/27/2020 1:05:49 PM`), so it is read with the
/// workspace's export locale. Exports of `Get-VBRBackupSession` carry `EndTime` instead. Rows whose job
/// type is SureBackup or a health check are backup verifications, not backups (see
/// `VeeamVerificationSession`).
struct VeeamBackupSessionImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let table = try CSVInput.table(
            text, path: context.path, required: [["JobName"], ["Result"], ["Date", "EndTime", "CreationTime"]])
        var collector = ImportCollector(context: context)

        for record in table.records {
            collector.records += 1
            guard let (jobName, result) = VeeamResult.jobAndResult(of: record, missingResult: "", collector: &collector)
            else { continue }
            let dateText = record.value("Date", "EndTime", "CreationTime") ?? ""
            let endedAt: Date
            switch context.timestamps.parse(dateText) {
            case .instant(let date):
                endedAt = date
            case .never, .missing:
                collector.skip(line: record.line, "skipped a session of \(jobName): it has no date")
                continue
            case .invalid(_, let reason):
                collector.skip(line: record.line, "skipped a session of \(jobName): \(reason)")
                continue
            }

            collector.include(endedAt)
            if let tool = VeeamVerificationSession.tool(of: record) {
                collector.facts.backupVerifications += VeeamVerificationSession.verifications(
                    of: record, jobName: jobName, result: result, endedAt: endedAt, tool: tool,
                    evidence: collector.reference(line: record.line))
                continue
            }
            collector.facts.backupSessions.append(
                BackupSession(
                    jobName: jobName, result: result, endedAt: endedAt,
                    evidence: collector.reference(line: record.line)))
        }
        return collector.finish()
    }
}
