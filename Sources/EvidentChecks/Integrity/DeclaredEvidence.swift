import EvidentCore

/// Looks up an export that `systems.yaml` names as evidence (`change_log_evidence`,
/// `backup_encryption_evidence`) among the files read from `evidence/`.
enum DeclaredEvidence {
    /// Returns the file at a declared path when it was found and could be read, whatever its format,
    /// because such exports (a cloud application's admin audit log, a Veeam job settings page) often
    /// have no format Evident recognizes.
    static func file(_ declared: String?, in inventory: Inventory) -> EvidenceFile? {
        guard var path = declared?.trimmedWhitespace, !path.isEmpty else { return nil }
        while path.hasPrefix("./") { path.removeFirst(2) }
        return inventory.evidenceFiles.first { $0.path == path && $0.error == nil && !$0.sha256.isEmpty }
    }
}
