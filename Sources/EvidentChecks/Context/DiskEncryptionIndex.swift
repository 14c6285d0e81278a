import EvidentCore

/// The volume encryption states read from devices themselves, grouped per device name.
///
/// Names compare without case and by their first label, so `WS-07.clinic.local` in an export and
/// `WS-07` in Intune are one device.
struct DiskEncryptionIndex {
    private var byDevice: [String: [DiskEncryptionStatus]] = [:]
    /// The device names in the order their first volume was read.
    private(set) var deviceNames: [String] = []

    init(_ statuses: [DiskEncryptionStatus]) {
        for status in statuses {
            let key = DeviceName.key(status.device)
            if byDevice[key] == nil { deviceNames.append(status.device) }
            byDevice[key, default: []].append(status)
        }
    }

    /// Returns the volumes read for a device name; empty when none was.
    func volumes(of device: String) -> [DiskEncryptionStatus] {
        byDevice[DeviceName.key(device)] ?? []
    }

    /// Returns whether a device's system volumes (or, when none is marked, all its volumes) are
    /// encrypted: `false` when any is not, `nil` when any is unknown and none is not.
    static func isEncrypted(_ volumes: [DiskEncryptionStatus]) -> Bool? {
        let system = volumes.filter(\.isSystemVolume)
        let judged = system.isEmpty ? volumes : system
        if judged.contains(where: { $0.isEncrypted == false }) { return false }
        if judged.isEmpty || judged.contains(where: { $0.isEncrypted == nil }) { return nil }
        return true
    }
}
