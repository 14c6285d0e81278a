/// The backup tools whose repository encryption Evident reads, so a fix can name the tool's own
/// setting.
public enum BackupTool: String, Hashable, Sendable, Codable, CaseIterable {
    /// restic, which always encrypts its repositories.
    case restic
    /// BorgBackup, whose repository has an encryption mode.
    case borg
    /// Veeam Backup & Replication, whose backup job has a storage encryption setting.
    case veeam
}
