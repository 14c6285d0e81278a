import EvidentCore
import Foundation

/// Reads a whole workspace into the settings and the inventory the checks evaluate.
///
/// Joins the two halves of ingestion: the files people edit (`evident.yaml`, `inventory/`,
/// `attestations.yaml`) and the raw exports under `evidence/`, whose access lists are located through
/// the systems that declare them.
public enum WorkspaceLoader {
    /// A workspace after reading.
    public struct LoadedWorkspace: Sendable {
        /// The settings from `evident.yaml`.
        public var settings: WorkspaceSettings
        /// Everything the checks need.
        public var inventory: Inventory
        /// Problems that did not stop reading, each naming the file and line.
        public var warnings: [String]
    }

    /// Reads a workspace folder.
    ///
    /// - Parameters:
    ///   - folder: The workspace folder.
    ///   - today: The day used when `evident.yaml` sets no `as_of`; passed in so reading never
    ///     depends on the clock.
    /// - Throws: `WorkspaceError` when a user-edited file is missing or invalid. Unreadable exports are
    ///   not errors: they are recorded on their `EvidenceFile` and the checks treat their facts as missing.
    public static func load(at folder: URL, today: CalendarDay) throws -> LoadedWorkspace {
        let declarations = try WorkspaceReader.readDeclarations(at: folder, today: today)
        let scan = try EvidenceScanner.scan(
            workspace: folder, systems: declarations.systems, locale: declarations.settings.exportLocale,
            asOf: declarations.settings.asOf)

        var inventory = Inventory(
            systems: declarations.systems,
            vendors: declarations.vendors,
            workforce: declarations.workforce,
            attestations: declarations.attestations,
            accounts: scan.accounts,
            mfaRegistrations: scan.mfaRegistrations,
            devices: scan.devices,
            scannedHosts: scan.scannedHosts,
            backupSessions: scan.backupSessions,
            evidenceFiles: scan.files
        )
        inventory.signInSummaries = scan.facts.signInSummaries
        inventory.diskEncryption = scan.facts.diskEncryption
        inventory.tlsEndpoints = scan.facts.tlsEndpoints
        inventory.antivirus = scan.facts.antivirus
        inventory.endpointPolicies = scan.facts.endpointPolicies
        inventory.localAccounts = scan.facts.localAccounts
        inventory.operatingSystems = scan.facts.operatingSystems
        inventory.fileIntegrity = scan.facts.fileIntegrity
        inventory.backupVerifications = scan.facts.backupVerifications
        inventory.backupEncryption = scan.facts.backupEncryption
        inventory.changeAuditCoverage = scan.facts.changeAuditCoverage
        let fileWarnings = scan.files.compactMap(summary(of:))
        return LoadedWorkspace(
            settings: declarations.settings, inventory: inventory,
            warnings: declarations.warnings + scan.warnings + fileWarnings)
    }

    /// Returns one line about an evidence file that could not be read, or was read with problems,
    /// so that `evident assess` shows what `evident evidence` details; `nil` for a clean file.
    static func summary(of file: EvidenceFile) -> String? {
        if let error = file.error {
            return error.hasPrefix(file.path) ? error : "\(file.path): \(error)"
        }
        if let reason = file.partialReason {
            return "\(file.path): read only in part: \(reason)"
        }
        guard !file.warnings.isEmpty else { return nil }

        let skipped = file.skippedRecords > 0 ? "\(file.skippedRecords) record(s) left out, " : ""
        let count = file.warnings.count
        return "\(file.path): \(skipped)\(count) warning(s), first: \(file.warnings[0]). "
            + "Run 'evident evidence' to see them all."
    }
}
