import EvidentCore

/// Encryption and decryption (164.312(a)(2)(iv)) and device and media controls (164.310(d)(1)):
/// storage on managed devices is encrypted.
///
/// Fails for a managed device the management service reports as not encrypted. A device whose
/// encryption state is unknown, and a missing or unreadable device export, are missing evidence.
struct DeviceEncryptionCheck: Check {
    let id = "encryption.at-rest-devices"
    let title = "Encryption at rest on devices"
    let citations = ["164.312(a)(2)(iv)", "164.310(d)(1)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let devices = context.inventory.devices
        guard collector.requireDeviceExport(context, severity: .high) else {
            return collector.result(
                evaluated: 0, "managed devices", singular: "managed device", notApplicable: "No device was found.")
        }

        for device in devices {
            let subject = Subject(kind: .device, id: device.name)
            let fix =
                "Turn on full-disk encryption on \(device.name) (BitLocker on Windows, FileVault on macOS, "
                + "device encryption on mobile) and enforce it with an Intune compliance policy."
            switch device.isEncrypted {
            case .some(true):
                continue
            case .some(false):
                collector.violation(
                    .high, subject, "Device \(device.name) is reported as not encrypted.\(user(of: device))",
                    fix: fix, evidence: [device.evidence])
            case .none:
                collector.missingEvidence(
                    .medium, subject, "Device \(device.name) has no encryption state in the export.\(user(of: device))",
                    fix: "Export devices with the Encrypted column from Intune, or check \(device.name) and record "
                        + "its encryption state.",
                    evidence: [device.evidence])
            }
        }

        return collector.result(
            evaluated: devices.count, "managed devices", singular: "managed device",
            notApplicable: "No managed device was found.")
    }

    private func user(of device: Device) -> String {
        device.primaryUser.map { " Its primary user is \($0)." } ?? ""
    }
}
