import EvidentCore
import Foundation

/// Reads `Get-BitLockerVolume | ConvertTo-Json` into volume encryption states.
///
/// `ConvertTo-Json` writes one object for a single volume and an array for several. Depending on the
/// PowerShell version and `-EnumsAsStrings`, `VolumeStatus`, `ProtectionStatus` and `VolumeType` are
/// names (`FullyEncrypted`, `On`, `OperatingSystem`) or the numbers of the BitLocker module's enums.
/// A volume is encrypted when it is fully encrypted with protection on; fully encrypted with
/// protection off means BitLocker is suspended and the key is stored in the clear.
struct BitLockerVolumeImporter {
    let context: ImportContext

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let (records, lines) = try EntraSignInJSONImporter.records(in: text, path: context.path)
        var collector = ImportCollector(context: context)

        for (index, record) in records.enumerated() {
            collector.records += 1
            let line = index < lines.count ? lines[index] : nil
            guard let mountPoint = LenientJSON.text(record["MountPoint"]), !mountPoint.isEmpty else {
                collector.skip(line: line, "skipped a volume without a MountPoint")
                continue
            }
            let status = Self.volumeStatus(LenientJSON.text(record["VolumeStatus"]))
            let protection = Self.protectionStatus(LenientJSON.text(record["ProtectionStatus"]))
            let volumeType = LenientJSON.text(record["VolumeType"]) ?? ""
            var isEncrypted: Bool?
            switch (status, protection) {
            case ("FullyEncrypted", "On"): isEncrypted = true
            case ("FullyEncrypted", "Off"), ("FullyDecrypted", _): isEncrypted = false
            default: isEncrypted = nil
            }

            collector.facts.diskEncryption.append(
                DiskEncryptionStatus(
                    device: LenientJSON.text(record["ComputerName"]) ?? DeviceFileName.device(of: context.path),
                    volume: mountPoint,
                    isSystemVolume: volumeType == "OperatingSystem" || volumeType == "0",
                    isEncrypted: isEncrypted,
                    state: "\(status), protection \(protection)",
                    evidence: collector.reference(line: line)))
        }
        return collector.finish()
    }

    // MARK: - Private

    /// Names a `BitLockerVolumeStatus` value. The numbers are those of `ConversionStatus` in the
    /// `GetConversionStatus` method of WMI's `Win32_EncryptableVolume`, which the BitLocker module
    /// wraps (Microsoft Learn: FullyDecrypted 0 through DecryptionPaused 5), and the ones public Puppet
    /// facts read from `Get-BitLockerVolume | ConvertTo-Json`.
    private static func volumeStatus(_ value: String?) -> String {
        let names = [
            "FullyDecrypted", "FullyEncrypted", "EncryptionInProgress", "DecryptionInProgress", "EncryptionSuspended",
            "DecryptionSuspended",
        ]
        guard let value else { return "unknown" }
        if let number = Int(value), names.indices.contains(number) { return names[number] }
        return value
    }

    /// Names a `BitLockerVolumeProtectionStatus` value: `Off` (0), `On` (1) or `Unknown` (2).
    private static func protectionStatus(_ value: String?) -> String {
        switch value {
        case "0": "Off"
        case "1": "On"
        case "2": "Unknown"
        case let value?: value
        case nil: "unknown"
        }
    }
}
