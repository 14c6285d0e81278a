import EvidentCore

/// Maps the `Result` values Veeam writes (`Success`, `Warning`, `Failed`, `None`) to backup results.
enum VeeamResult {
    /// Returns the result, or `nil` for a value Veeam does not write.
    static func backupResult(_ text: String) -> BackupResult? {
        switch text.lowercased() {
        case "success": .success
        case "warning": .warning
        case "failed": .failed
        case "none": .unknown
        default: nil
        }
    }
}
