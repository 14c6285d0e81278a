/// Names the device an export belongs to when the export itself does not: `manage-bde -status`,
/// `fdesetup status` and `lsblk --json` print no computer name, so the file is named after the device.
enum DeviceFileName {
    /// Returns the file's name without folders and without everything from its first dot, so
    /// `evidence/encryption/WS-07.manage-bde.txt` names `WS-07`.
    static func device(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.split(separator: ".").first.map(String.init) ?? name
    }
}
