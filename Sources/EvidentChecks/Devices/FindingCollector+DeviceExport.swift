import EvidentCore

extension FindingCollector {
    /// Records missing evidence when the device management export is unreadable or absent, because
    /// then no device can be judged.
    ///
    /// - Returns: Whether devices were read, so per-device evaluation can go on.
    mutating func requireDeviceExport(_ context: CheckContext, severity: Severity) -> Bool {
        let inventory = context.inventory
        let unreadable = inventory.unreadableFiles(of: ExportFormats.devices)
        reportUnreadableFiles(of: ExportFormats.devices, in: context, severity: severity)
        guard inventory.devices.isEmpty else { return true }

        if unreadable.isEmpty {
            missingEvidence(
                severity, Subject(kind: .evidence, id: EvidenceFormat.intuneDevices.rawValue),
                "No device management export was found, so no managed device can be evaluated.",
                fix: "Export all devices from the Intune admin center (Devices, All devices, Export) into evidence/.")
        }
        return false
    }
}
