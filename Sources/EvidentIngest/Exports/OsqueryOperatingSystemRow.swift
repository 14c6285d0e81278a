import EvidentCore

/// Reads a row of osquery's `os_version` table into the operating system a host reports about itself.
///
/// The row is recognized by its `name`, `version` and `platform` columns. `platform` is `windows`,
/// `darwin`, `freebsd` or a Linux distribution's id (`ubuntu`, `rhel`, `debian`...), which becomes
/// the operating system as device management exports name it. On Windows, `version` lacks the update
/// revision (`10.0.22631`), which the `revision` column adds back, so the version reads as Intune's
/// `10.0.22631.4460`.
enum OsqueryOperatingSystemRow {
    /// Returns the report of an `os_version` row, or `nil` for a row of another table.
    static func report(_ row: [String: Any], host: String, evidence: EvidenceReference) -> OperatingSystemReport? {
        guard row["version"] != nil, let platform = LenientJSON.text(row["platform"]),
            let name = LenientJSON.text(row["name"])
        else { return nil }

        return OperatingSystemReport(
            device: host, operatingSystem: operatingSystem(platform: platform.lowercased(), name: name),
            osVersion: version(of: row, platform: platform.lowercased()), productName: name, evidence: evidence)
    }

    // MARK: - Private

    private static func operatingSystem(platform: String, name: String) -> String {
        switch platform {
        case "windows": "Windows"
        case "darwin": "macOS"
        case "freebsd": "FreeBSD"
        case "": name
        default: "Linux"
        }
    }

    private static func version(of row: [String: Any], platform: String) -> String? {
        var version = LenientJSON.text(row["version"]) ?? ""
        if version.isEmpty {
            let parts = ["major", "minor", "patch"].compactMap { LenientJSON.text(row[$0]) }.filter { !$0.isEmpty }
            version = parts.joined(separator: ".")
        }
        if platform == "windows", let revision = LenientJSON.text(row["revision"]), !revision.isEmpty,
            version.split(separator: ".").count == 3
        {
            version += ".\(revision)"
        }
        return version.isEmpty ? nil : version
    }
}
