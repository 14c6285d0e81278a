import EvidentCore

/// Risk analysis (164.308(a)(1)(ii)(A)) and device and media controls (164.310(d)(1)) start from an
/// accurate inventory of what is on the network.
///
/// Fails for each host a network scan found up whose address and host names match no managed
/// device, no host reporting its own operating system (osquery `os_version`) and no host of a
/// declared system. Without any scan this is missing evidence.
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

        for host in hosts where !context.hosts.isKnown(host) {
            let cleartext = host.services.filter(TransmissionChannel.isCleartext)
            let names = host.hostnames.isEmpty ? "" : " (\(host.hostnames.joined(separator: ", ")))"
            let exposure =
                cleartext.isEmpty
                ? ""
                : " and exposes cleartext \(Phrase.list(cleartext.map(TransmissionChannel.describe)))"
            collector.violation(
                cleartext.isEmpty ? .medium : .high, Subject(kind: .host, id: host.address),
                "Host \(host.address)\(names) is up on the network but is neither a managed device nor a host of a "
                    + "declared system\(exposure).",
                fix: "Identify the owner of \(host.address); enroll it in device management or add it to the hosts "
                    + "of its system in inventory/systems.yaml, or take it off the network.",
                evidence: [host.evidence])
        }

        return collector.result(
            evaluated: hosts.count, "hosts found up", singular: "host found up",
            notApplicable: "The network scans found no host up.")
    }
}
