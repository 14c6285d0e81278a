import EvidentCore

/// Encryption and decryption (164.312(a)(2)(iv)) and device and media controls (164.310(d)(1)):
/// storage on managed devices is encrypted.
///
/// Fails for a managed device the management service reports as not encrypted. A device whose
/// encryption state is unknown, and a missing or unreadable device export, are missing evidence.
///
/// Output read from the devices themselves (BitLocker, FileVault, LUKS) is merged by device name: it
/// settles the state of a device the export leaves unknown, it takes precedence where the two disagree
/// (reported as a conflict), and devices it names that the export lacks are judged too. A host that
/// reports only its operating system (osquery `os_version`) and no encryption state is missing evidence.
struct DeviceEncryptionCheck: Check {
    let id = "encryption.at-rest-devices"
    let title = "Encryption at rest on devices"
    let citations = ["164.312(a)(2)(iv)", "164.310(d)(1)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let devices = context.inventory.devices
        let direct = DiskEncryptionIndex(context.inventory.diskEncryption)
        collector.reportUnreadableFiles(of: ExportFormats.diskEncryption, in: context)
        let hasDeviceExport = collector.requireDeviceExport(context, severity: .high)
        guard hasDeviceExport || !direct.deviceNames.isEmpty else {
            return collector.result(
                evaluated: 0, "managed devices", singular: "managed device", notApplicable: "No device was found.")
        }

        var judged = Set<String>()
        for device in devices {
            judged.insert(DeviceName.key(device.name))
            evaluate(device, volumes: direct.volumes(of: device.name), into: &collector)
        }
        var unmanaged = 0
        for name in direct.deviceNames
        where !judged.contains(DeviceName.key(name)) {
            judged.insert(DeviceName.key(name))
            unmanaged += 1
            evaluateDirect(name, volumes: direct.volumes(of: name), into: &collector)
        }
        let reportedOnly = context.operatingSystems.devices.dropFirst(devices.count)
        for host in reportedOnly
        where !judged.contains(DeviceName.key(host.name)) {
            unmanaged += 1
            collector.missingEvidence(
                .medium, Subject(kind: .device, id: host.name),
                "Host \(host.name) reports its operating system (\(host.operatingSystem ?? "unknown")) but no "
                    + "encryption state, and no device export lists it.",
                fix: "Add osquery's bitlocker_info (Windows) or disk_encryption (macOS, Linux) table to the queries "
                    + "run on \(host.name), or save its BitLocker, FileVault or LUKS status into evidence/.",
                evidence: [host.evidence])
        }

        return collector.result(
            evaluated: devices.count + unmanaged, "managed devices", singular: "managed device",
            notApplicable: "No managed device was found.")
    }

    private func evaluate(_ device: Device, volumes: [DiskEncryptionStatus], into collector: inout FindingCollector) {
        guard !volumes.isEmpty else {
            report(
                device.name, isEncrypted: device.isEncrypted, evidence: [device.evidence], user: user(of: device),
                into: &collector)
            return
        }

        let measured = DiskEncryptionIndex.isEncrypted(volumes)
        if let measured, let reported = device.isEncrypted, measured != reported {
            collector.warning(
                .low, Subject(kind: .device, id: device.name),
                "Sources disagree on \(device.name): the device export reports it "
                    + "\(reported ? "encrypted" : "not encrypted"), but the device's own output shows "
                    + "\(Self.describe(volumes)). The device's output is used.",
                fix: "Let \(device.name) check in with its management service again and export devices anew.",
                evidence: [device.evidence] + volumes.map(\.evidence))
        }
        report(
            device.name, isEncrypted: measured ?? device.isEncrypted,
            evidence: [device.evidence] + volumes.map(\.evidence), user: user(of: device), volumes: volumes,
            into: &collector)
    }

    private func evaluateDirect(_ name: String, volumes: [DiskEncryptionStatus], into collector: inout FindingCollector)
    {
        report(
            name, isEncrypted: DiskEncryptionIndex.isEncrypted(volumes), evidence: volumes.map(\.evidence), user: "",
            volumes: volumes, into: &collector)
    }

    private func report(
        _ name: String, isEncrypted: Bool?, evidence: [EvidenceReference], user: String,
        volumes: [DiskEncryptionStatus] = [], into collector: inout FindingCollector
    ) {
        let subject = Subject(kind: .device, id: name)
        let fix =
            "Turn on full-disk encryption on \(name) (BitLocker on Windows, FileVault on macOS, "
            + "device encryption on mobile) and enforce it with an Intune compliance policy."
        let shown = volumes.isEmpty ? "" : " Its volumes: \(Self.describe(volumes))."
        switch isEncrypted {
        case .some(true):
            return
        case .some(false):
            collector.violation(
                .high, subject, "Device \(name) is reported as not encrypted.\(shown)\(user)",
                fix: fix, evidence: evidence)
        case .none:
            collector.missingEvidence(
                .medium, subject, "Device \(name) has no encryption state in the export.\(shown)\(user)",
                fix: "Export devices with the Encrypted column from Intune, or check \(name) and record "
                    + "its encryption state.",
                evidence: evidence)
        }
    }

    /// Returns each volume with its state. fdesetup's state is its own sentence (`FileVault is Off.`),
    /// which names the volume already and ends with a period, so neither is repeated.
    private static func describe(_ volumes: [DiskEncryptionStatus]) -> String {
        volumes.map { volume in
            let state = Phrase.clause(volume.state)
            return state.hasPrefix(volume.volume) ? state : "\(volume.volume) \(state)"
        }
        .joined(separator: "; ")
    }

    private func user(of device: Device) -> String {
        device.primaryUser.map { " Its primary user is \($0)." } ?? ""
    }
}
