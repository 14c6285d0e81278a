import EvidentCore
import Foundation

/// Reads every raw export of a workspace: walks `evidence/`, hashes each file, detects its format by
/// content and imports it.
///
/// A file that cannot be read or parsed becomes an `EvidenceFile` with an `error`, never a thrown error,
/// so one bad export does not hide the others. Files are read one at a time, each once, so memory stays
/// bounded by the largest file.
public enum EvidenceScanner {
    /// Scans a workspace's evidence.
    ///
    /// - Parameters:
    ///   - workspace: The workspace folder, which contains `evidence/`.
    ///   - systems: The declared systems; each `access_list` path names a file read as that system's
    ///     user list. A referenced file that does not exist is left out, so the checks see it missing.
    ///   - locale: The locale that settles ambiguous numeric dates.
    ///   - asOf: The assessment day; Active Directory sign-ins after it are reported and treated as
    ///     unknown. `nil` skips that test.
    /// - Returns: The files sorted by path, and the facts of the usable ones.
    /// - Throws: `EvidenceError.workspaceNotFound` when `workspace` is not a folder. A missing
    ///   `evidence/` folder is not an error: it yields an empty scan.
    public static func scan(
        workspace: URL, systems: [InformationSystem], locale: ExportLocale, asOf: CalendarDay? = nil
    ) throws(EvidenceError) -> EvidenceScan {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .workspaceNotFound(path: workspace.path)
        }

        var scan = EvidenceScan()
        var walker = EvidenceFolderWalker(workspace: workspace)
        var paths = Set(walker.filePaths(under: "evidence"))
        let owners = accessListOwners(systems, workspace: workspace, scan: &scan)
        for path in owners.keys
        where FileManager.default.fileExists(atPath: workspace.appendingPathComponent(path).path) {
            paths.insert(path)
        }
        scan.warnings += walker.warnings

        let timestamps = TimestampParser(locale: locale)
        for path in paths.sorted() {
            let context = ImportContext(path: path, timestamps: timestamps, asOf: asOf)
            let reader = EvidenceFileReader(context: context, accessListOwners: owners[path])
            let (file, facts) = reader.read(from: workspace.appendingPathComponent(path))
            scan.files.append(file)
            if file.isUsable {
                scan.facts.append(contentsOf: facts)
            }
        }
        return scan
    }

    // MARK: - Private

    /// Maps each `access_list` path, normalized, to the ids of the systems that name it.
    private static func accessListOwners(
        _ systems: [InformationSystem], workspace: URL, scan: inout EvidenceScan
    ) -> [String: [String]] {
        var owners: [String: [String]] = [:]
        for system in systems {
            guard let declared = system.accessList else { continue }
            guard let path = EvidenceFolderWalker.normalizedRelativePath(declared) else {
                scan.warnings.append(
                    "\(system.evidence): access_list '\(declared)' of system \(system.id) is outside the workspace; "
                        + "give a path relative to the workspace folder")
                continue
            }
            owners[path, default: []].append(system.id)
        }
        return owners
    }
}
