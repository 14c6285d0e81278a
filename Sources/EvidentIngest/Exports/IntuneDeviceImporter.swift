import EvidentCore
import FoundationEssentials

/// Reads Intune device exports into devices.
///
/// Accepts the portal's "All devices" export (`"Device name"`, `"Encrypted"`, `"Last check-in"`), the
/// Graph `managedDevice` names (`deviceName`, `isEncrypted`, `lastSyncDateTime`) and the Log Analytics
/// `IntuneDevices` names (`DeviceName`, `EncryptionStatusString`, `LastContact`). Column names are
/// compared without case, so `deviceName` and `DeviceName` are one column. Records are read one at a
/// time from the file's bytes, so an export of 100,000 devices is never held as text or as a table.
struct IntuneDeviceImporter {
    let context: ImportContext

    func read(_ bytes: [UInt8]) throws(EvidenceError) -> ImportedExport {
        var collector = ImportCollector(context: context)
        let stream = CSVRecordStream(
            path: context.path, required: [["Device name", "deviceName"]], textLayout: context.textLayout)
        try stream.read(bytes) { header in
            if !header.hasColumns(["Encrypted"]) && !header.hasColumns(["isEncrypted"])
                && !header.hasColumns(["EncryptionStatusString"])
            {
                collector.warn(line: header.line, "no Encrypted column, so the encryption of every device is unknown")
            }
        } record: { record in
            read(record, into: &collector)
        }
        return collector.finish()
    }

    // MARK: - Private

    private func read(_ record: CSVRecord, into collector: inout ImportCollector) {
        collector.records += 1
        guard let name = record.value("Device name", "deviceName") else {
            collector.skip(line: record.line, "skipped a device without a device name")
            return
        }

        let device = Device(
            name: name,
            deviceID: record.value("Device ID", "id", "DeviceId"),
            serialNumber: record.value("Serial number", "serialNumber"),
            operatingSystem: record.value("OS", "operatingSystem"),
            osVersion: record.value("OS version", "osVersion"),
            primaryUser: record.value("Primary user UPN", "userPrincipalName", "UPN"),
            isEncrypted: encryption(of: record, collector: &collector),
            lastCheckIn: lastCheckIn(of: record, collector: &collector),
            complianceState: record.value("Compliance", "complianceState", "CompliantState"),
            ownership: record.value("Ownership", "managedDeviceOwnerType"),
            evidence: collector.reference(line: record.line)
        )
        collector.include(device.lastCheckIn)
        collector.facts.devices.append(device)
    }

    /// Reads `True`/`False`; an empty cell means Intune does not know, and any other value is reported.
    private func encryption(of record: CSVRecord, collector: inout ImportCollector) -> Bool? {
        guard let text = record.value("Encrypted", "isEncrypted", "EncryptionStatusString") else { return nil }
        switch text.lowercased() {
        case "true", "encrypted": return true
        case "false", "notencrypted", "not encrypted": return false
        default:
            collector.warn(line: record.line, "Encrypted value '\(text)' is not True or False; encryption unknown")
            return nil
        }
    }

    /// Reads the last check-in; a sentinel such as `0001-01-01 00:00:00.0000000` means never.
    private func lastCheckIn(of record: CSVRecord, collector: inout ImportCollector) -> Date? {
        let text = record.value("Last check-in", "lastSyncDateTime", "LastContact") ?? ""
        switch context.timestamps.parse(text) {
        case .instant(let date):
            return date
        case .never, .missing:
            return nil
        case .invalid(_, let reason):
            collector.warn(line: record.line, "Last check-in \(reason); check-in unknown")
            return nil
        }
    }
}
