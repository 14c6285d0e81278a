import EvidentCore
import FoundationEssentials

/// Reads Veeam Backup Enterprise Manager backup session reports from its REST API
/// (`BackupEndTime(UTC)`, `VMName`, `Result`, `JobName`...) into backup sessions, one per machine.
///
/// Times are ISO 8601 in UTC with one to three fraction digits. A session still running has no end
/// time, which is kept as an unknown end rather than a guess.
struct VeeamEnterpriseManagerImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let table = try CSVInput.table(
            text, path: context.path, required: [["BackupEndTime(UTC)"], ["Result"], ["JobName"]])
        var collector = ImportCollector(context: context)

        for record in table.records {
            collector.records += 1
            guard
                let (jobName, result) = VeeamResult.jobAndResult(
                    of: record, missingResult: "None", collector: &collector)
            else { continue }

            var endedAt: Date?
            switch context.timestamps.parse(record.value("BackupEndTime(UTC)") ?? "") {
            case .instant(let date):
                endedAt = date
            case .never, .missing:
                endedAt = nil
            case .invalid(_, let reason):
                collector.skip(line: record.line, "skipped a session of \(jobName): BackupEndTime(UTC) \(reason)")
                continue
            }

            collector.include(endedAt)
            collector.facts.backupSessions.append(
                BackupSession(
                    jobName: jobName, result: result, endedAt: endedAt, machine: record.value("VMName"),
                    evidence: collector.reference(line: record.line)))
        }
        return collector.finish()
    }
}
