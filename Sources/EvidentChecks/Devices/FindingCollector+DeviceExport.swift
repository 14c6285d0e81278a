import EvidentCore

extension FindingCollector {
    /// Records missing evidence when the device management export is unreadable, incomplete, stale or
    /// absent, because then the devices read are not all the managed devices.
    ///
    /// - Parameter consequence: The clause after "No device management export was found," naming
    ///   what the check cannot judge without one.
    /// - Returns: Whether devices were read, so per-device evaluation can go on. An export read whole
    ///   that lists no device gives no finding and returns `false`.
    mutating func requireDeviceExport(
        _ context: CheckContext, severity: Severity,
        consequence: String = "so no managed device can be evaluated"
    ) -> Bool {
        let inventory = context.inventory
        let unreadable = inventory.unreadableFiles(of: ExportFormats.devices)
        reportUnreadableFiles(of: ExportFormats.devices, in: context, severity: severity)
        guard inventory.devices.isEmpty else { return true }

        if unreadable.isEmpty && inventory.usableFiles(of: ExportFormats.devices).isEmpty {
            missingEvidence(
                severity, Subject(kind: .evidence, id: EvidenceFormat.intuneDevices.rawValue),
                "No device management export was found, \(consequence)."
                    + DeviceInventoryState(inventory).unrecognizedFilesNote,
                fix: "Export all devices from the Intune admin center (Devices, All devices, Export), extract the "
                    + "CSV into evidence/ and rerun.")
        }
        return false
    }
}
