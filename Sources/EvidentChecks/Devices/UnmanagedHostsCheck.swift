import EvidentCore

/// Risk analysis (164.308(a)(1)(ii)(A)) and device and media controls (164.310(d)(1)) start from an
/// accurate inventory of what is on the network.
///
/// Fails for each host a network scan found up whose address and host names match no managed
/// device, no host reporting its own operating system (osquery `os_version`) and no host of a
/// declared system. Without any scan this is missing evidence.
///
/// A host can be called unmanaged only against a complete device inventory. When no device export
/// was read, or one could not be read, was cut short or left out records, the hosts that match
/// nothing may be managed devices the export does not show. They are then reported together as
/// missing evidence that names the export.
struct UnmanagedHostsCheck: Check {
    let id = "inventory.unmanaged-hosts"
    let title = "Network hosts inventoried"
    let citations = ["164.310(d)(1)", "164.308(a)(1)(ii)(A)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        let inventory = context.inventory
        let hosts = inventory.scannedHosts.filter(\.isUp)

        collector.reportUnreadableFiles(of: ExportFormats.scans, in: context)
        if inventory.scannedHosts.isEmpty && inventory.usableFiles(of: ExportFormats.scans).isEmpty {
            collector.missingEvidence(
                .medium, Subject(kind: .evidence, id: EvidenceFormat.nmapXML.rawValue),
                "No network scan was found, so hosts missing from the inventory cannot be found.",
                fix: "Scan the clinic's networks with nmap -sV -oX evidence/network-scan.xml and keep the XML output.")
        }

        let unmatched = hosts.filter { !context.hosts.isKnown($0) }
        let devices = DeviceInventoryState(inventory)
        if devices.isComplete {
            for host in unmatched {
                reportUnmanaged(host, into: &collector)
            }
        } else if !unmatched.isEmpty {
            reportUnverifiable(unmatched, devices, into: &collector)
        }

        return collector.result(
            evaluated: hosts.count, "hosts found up", singular: "host found up",
            notApplicable: "The network scans found no host up.")
    }

    private func reportUnmanaged(_ host: ScannedHost, into collector: inout FindingCollector) {
        let cleartext = host.services.filter(TransmissionChannel.isCleartext)
        let exposure =
            cleartext.isEmpty
            ? ""
            : " and exposes cleartext \(Phrase.list(cleartext.map(TransmissionChannel.describe)))"
        collector.violation(
            cleartext.isEmpty ? .medium : .high, Subject(kind: .host, id: host.address),
            "Host \(Self.describe(host)) is up on the network but is neither a managed device nor a host of a "
                + "declared system\(exposure).",
            fix: "Identify the owner of \(host.address); enroll it in device management or add it to the hosts "
                + "of its system in inventory/systems.yaml, or take it off the network.",
            evidence: [host.evidence])
    }

    /// Records in one finding the hosts that match nothing while the device inventory is missing or
    /// incomplete, naming the device exports at fault. Its severity is high when any of these hosts
    /// exposes a cleartext service, as it would be for a host known to be unmanaged.
    private func reportUnverifiable(
        _ hosts: [ScannedHost], _ devices: DeviceInventoryState, into collector: inout FindingCollector
    ) {
        let listed = hosts.prefix(20).map(Self.describe)
        let list = Phrase.list(listed) + (hosts.count > 20 ? " and \(hosts.count - 20) more" : "")
        let scope = "\(Phrase.count(hosts.count, "host")) found up that \(hosts.count == 1 ? "matches" : "match")"
        let exposed = hosts.filter { $0.services.contains(where: TransmissionChannel.isCleartext) }
        let exposure = exposed.prefix(5).map { host in
            let cleartext = host.services.filter(TransmissionChannel.isCleartext)
            return " \(host.address) exposes cleartext \(Phrase.list(cleartext.map(TransmissionChannel.describe)))."
        }.joined()
        let files = devices.incompleteFiles.map { EvidenceReference(path: $0.path) }

        let message: String
        let fix: String
        let subject: Subject
        if devices.incompleteFiles.isEmpty {
            subject = Subject(kind: .evidence, id: EvidenceFormat.intuneDevices.rawValue)
            message =
                "No device management export was found, so the \(scope) no host of a declared system cannot be "
                + "told apart from managed devices: \(list).\(exposure)\(devices.unrecognizedFilesNote)"
            fix =
                "Export all devices from the Intune admin center (Devices, All devices, Export), extract the CSV "
                + "into evidence/ and rerun; hosts that still match nothing are unmanaged. Without device "
                + "management, enroll these hosts or list them as hosts of their system in inventory/systems.yaml."
        } else {
            subject = Subject(kind: .evidence, id: devices.incompleteFiles[0].path)
            message =
                "The device export \(devices.incompleteFilesDescription), so the \(scope) no device read from it "
                + "and no host of a declared system may be managed devices it does not show: \(list).\(exposure)"
            fix =
                "Export all devices from the Intune admin center again, replace "
                + "\(Phrase.list(files.map(\.path))) with the whole file and rerun; hosts that still match nothing "
                + "are unmanaged."
        }
        collector.missingEvidence(
            exposed.isEmpty ? .medium : .high, subject, message, fix: fix,
            evidence: files + hosts.prefix(20).map(\.evidence))
    }

    /// Returns the host's address followed by its host names in brackets, if it has any.
    private static func describe(_ host: ScannedHost) -> String {
        host.hostnames.isEmpty ? host.address : "\(host.address) (\(host.hostnames.joined(separator: ", ")))"
    }
}
