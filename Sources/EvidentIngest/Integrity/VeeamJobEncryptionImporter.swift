import EvidentCore

/// Reads the encryption setting of Veeam backup jobs, exported as `Get-VBRJob | Select-Object Name,
/// @{n='StorageEncryptionEnabled';e={$_.BackupStorageOptions.StorageEncryptionEnabled}} | Export-Csv`,
/// into one backup encryption state per job.
///
/// `StorageEncryptionEnabled` is the job's "Enable backup file encryption" storage option; PowerShell
/// writes it as `True` or `False`. Any other value is recorded as unknown with a warning.
struct VeeamJobEncryptionImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let table = try CSVInput.table(
            text, path: context.path, required: [["Name", "JobName"], ["StorageEncryptionEnabled"]])
        var collector = ImportCollector(context: context)

        for record in table.records {
            collector.records += 1
            guard let job = record.value("Name", "JobName") else {
                collector.skip(line: record.line, "skipped a job without a Name")
                continue
            }
            let value = record.value("StorageEncryptionEnabled") ?? ""
            let isEncrypted = ExportValue.lenientBoolean(value)
            if isEncrypted == nil {
                collector.warn(
                    line: record.line, "job \(job): StorageEncryptionEnabled '\(value)' is not True or False")
            }
            collector.facts.backupEncryption.append(
                BackupEncryptionStatus(
                    target: job, isEncrypted: isEncrypted, state: "Veeam StorageEncryptionEnabled \(value)",
                    evidence: collector.reference(line: record.line), tool: .veeam))
        }
        return collector.finish()
    }
}
