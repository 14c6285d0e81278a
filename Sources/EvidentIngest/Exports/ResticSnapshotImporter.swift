import EvidentCore
import Foundation

/// Reads `restic snapshots --json` into backup sessions, one per snapshot.
///
/// A snapshot exists only when its backup completed, so each is a successful run that ended at its
/// `summary.backup_end` (restic 0.17 and later) or else its `time`. Snapshots carry no job name, so a
/// snapshot's first tag is its job name, and its host name when it has no tag; tag the backups of each
/// system with the system's `backup_job`. Every restic repository is encrypted, so each job's first
/// snapshot also records its repository as encrypted.
struct ResticSnapshotImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let (records, lines) = try EntraSignInJSONImporter.records(in: text, path: context.path)
        var collector = ImportCollector(context: context)

        for (index, record) in records.enumerated() {
            collector.records += 1
            let line = index < lines.count ? lines[index] : nil
            let hostname = LenientJSON.text(record["hostname"])
            let tags = (record["tags"] as? [Any])?.compactMap(LenientJSON.text) ?? []
            guard let jobName = tags.first ?? hostname else {
                collector.skip(line: line, "skipped a snapshot without tags or hostname")
                continue
            }
            let summary = record["summary"] as? [String: Any]
            let timeText = LenientJSON.text(summary?["backup_end"]) ?? LenientJSON.text(record["time"]) ?? ""
            guard let endedAt = context.timestamps.parse(timeText).date else {
                collector.skip(line: line, "skipped a snapshot of \(jobName): time '\(timeText)' could not be read")
                continue
            }

            collector.include(endedAt)
            if !collector.facts.backupEncryption.contains(where: { $0.target == jobName }) {
                collector.facts.backupEncryption.append(
                    BackupEncryptionStatus(
                        target: jobName, isEncrypted: true, state: "restic repository (restic always encrypts)",
                        evidence: collector.reference(line: line), tool: .restic))
            }
            collector.facts.backupSessions.append(
                BackupSession(
                    jobName: jobName, result: .success, endedAt: endedAt, machine: hostname,
                    evidence: collector.reference(line: line)))
        }
        return collector.finish()
    }
}
