import EvidentCore
import Foundation

/// Reads the files people edit in a workspace folder: `evident.yaml`, `inventory/systems.yaml`,
/// `inventory/vendors.csv`, `inventory/workforce.csv` and the optional `attestations.yaml`.
///
/// Raw exports under `evidence/` are not read here. Files may be UTF-8 (with or without a byte order
/// mark), UTF-16 or Windows-1252, as Windows editors save them.
public enum WorkspaceReader {
    /// Reads every declaration file of a workspace.
    ///
    /// - Parameters:
    ///   - folder: The workspace folder.
    ///   - today: The day used when `evident.yaml` sets no `as_of`; passed in so that reading never
    ///     depends on the clock.
    /// - Returns: The declarations, with warnings for problems that did not stop reading.
    /// - Throws: `WorkspaceError` when a required file is missing, unreadable or holds an invalid value.
    public static func readDeclarations(at folder: URL, today: CalendarDay) throws(WorkspaceError)
        -> WorkspaceDeclarations
    {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .missingFolder(path: folder.path)
        }
        let workspace = WorkspaceFolder(url: folder)
        var warnings: [String] = []

        let settingsText = try requiredText(
            workspace, SettingsReader.path,
            remedy: "create it with the organization's name and kind (covered-entity or business-associate)")
        let settings = try SettingsReader.read(settingsText, today: today, warnings: &warnings)

        let systemsText = try requiredText(
            workspace, SystemsReader.path,
            remedy: "create it with one entry per system that creates, receives, maintains or transmits ePHI")
        let systems = try SystemsReader.read(systemsText, warnings: &warnings)

        let vendorsText = try requiredText(
            workspace, VendorsReader.path,
            remedy: "create the BAA register with the header \(VendorsReader.header)")
        let vendors = try VendorsReader.read(vendorsText, folder: workspace)

        let workforceText = try requiredText(
            workspace, WorkforceReader.path,
            remedy: "export the HR roster with the header \(WorkforceReader.header)")
        let workforce = try WorkforceReader.read(workforceText, warnings: &warnings)

        var attestations = Attestations()
        if let attestationsText = try workspace.text(at: AttestationsReader.path) {
            attestations = try AttestationsReader.read(attestationsText, folder: workspace, warnings: &warnings)
            warnings += unknownSystemReferences(in: attestations, systems: systems)
        } else {
            warnings.append(
                "\(AttestationsReader.path): file not found, so no risk analysis, policy, decision, review or "
                    + "restore test is recorded; create it as docs/workspace.md describes.")
        }

        return WorkspaceDeclarations(
            settings: settings, systems: systems, vendors: vendors, workforce: workforce,
            attestations: attestations, warnings: warnings)
    }

    // MARK: - Private

    /// Warns about reviews and restore tests whose `system` matches no id in `systems.yaml`, because
    /// a misspelled id silently leaves the intended system without its record.
    private static func unknownSystemReferences(in attestations: Attestations, systems: [InformationSystem]) -> [String]
    {
        let ids = Set(systems.map(\.id))
        let references =
            attestations.reviews.compactMap { review in review.system.map { ($0, review.evidence) } }
            + attestations.restoreTests.map { ($0.system, $0.evidence) }
        return references.filter { !ids.contains($0.0) }.map { id, evidence in
            "\(evidence): system \"\(id)\" matches no id in \(SystemsReader.path); use one of: "
                + ids.sorted().joined(separator: ", ") + "."
        }
    }

    private static func requiredText(_ workspace: WorkspaceFolder, _ path: String, remedy: String)
        throws(WorkspaceError) -> String
    {
        guard let text = try workspace.text(at: path) else { throw .missingFile(path: path, remedy: remedy) }
        return text
    }
}
