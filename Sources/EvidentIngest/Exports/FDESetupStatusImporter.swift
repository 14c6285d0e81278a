import EvidentCore

/// Reads the output of macOS `fdesetup status` into the FileVault state of the startup disk.
///
/// The first line is `FileVault is On.` or `FileVault is Off.`; `Encryption in progress` and
/// `Decryption in progress` lines mean neither state holds yet.
struct FDESetupStatusImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let statusIndex = lines.firstIndex(where: { $0.hasPrefix("FileVault is ") }) else {
            throw .malformed(
                path: context.path, line: nil, column: nil,
                reason: "no 'FileVault is On.' or 'FileVault is Off.' line; save the output of fdesetup status")
        }

        let status = lines[statusIndex]
        let progress = lines.first { $0.contains("in progress") }
        var isEncrypted: Bool? = status.hasPrefix("FileVault is On")
        if progress != nil || !(status.hasPrefix("FileVault is On") || status.hasPrefix("FileVault is Off")) {
            isEncrypted = nil
        }
        collector.records = 1
        collector.facts.diskEncryption.append(
            DiskEncryptionStatus(
                device: DeviceFileName.device(of: context.path), volume: "FileVault", isSystemVolume: true,
                isEncrypted: isEncrypted, state: ([status] + (progress.map { [$0] } ?? [])).joined(separator: " "),
                evidence: collector.reference(line: statusIndex + 1)))
        return collector.finish()
    }
}
