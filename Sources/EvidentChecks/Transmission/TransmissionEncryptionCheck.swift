import EvidentCore

/// Transmission security (164.312(e)(1)) and encryption in transit (164.312(e)(2)(ii)).
///
/// Fails when an ePHI system declares a cleartext channel, or when a network scan finds a cleartext
/// service open on one of its hosts. A system that declares no channel is missing evidence, and an
/// unknown channel name gives a warning.
struct TransmissionEncryptionCheck: Check {
    let id = "transmission.encryption"
    let title = "Encryption in transit"
    let citations = ["164.312(e)(1)", "164.312(e)(2)(ii)"]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        collector.reportUnreadableFiles(of: ExportFormats.scans, in: context)

        for system in context.ephiSystems {
            checkDeclaredChannels(of: system, into: &collector)
            checkScannedServices(of: system, context, into: &collector)
        }

        return collector.result(
            evaluated: context.ephiSystems.count, "ePHI systems", singular: "ePHI system",
            notApplicable: "No system in inventory/systems.yaml handles ePHI.")
    }

    private func checkDeclaredChannels(of system: InformationSystem, into collector: inout FindingCollector) {
        let subject = Subject(kind: .system, id: system.id)
        guard !system.transmission.isEmpty else {
            collector.missingEvidence(
                .medium, subject, "ePHI system \(system.id) declares no transmission channels.",
                fix: "List how \(system.name) sends and receives data (for example https, sftp, vpn) under "
                    + "transmission for \(system.id) in inventory/systems.yaml.",
                evidence: [system.evidence], touchesEPHI: true, gaps: .documented)
            return
        }

        for channel in system.transmission {
            let name = channel.comparisonKey
            if TransmissionChannel.cleartextNames.contains(name) {
                collector.violation(
                    .high, subject, "ePHI system \(system.id) transmits data over cleartext \(name).",
                    fix: "Move \(system.name) from \(name) to an encrypted channel (for example https, sftp, ssh or "
                        + "a VPN) and update transmission for \(system.id) in inventory/systems.yaml.",
                    evidence: [system.evidence], touchesEPHI: true)
            } else if !TransmissionChannel.encryptedNames.contains(name) {
                let known = TransmissionChannel.encryptedNames.sorted().joined(separator: ", ")
                collector.warning(
                    .low, subject, "ePHI system \(system.id) declares an unknown transmission channel '\(channel)'.",
                    fix: "Name the channel of \(system.id) in inventory/systems.yaml with a known name: \(known).",
                    evidence: [system.evidence], touchesEPHI: true)
            }
        }
    }

    private func checkScannedServices(
        of system: InformationSystem, _ context: CheckContext, into collector: inout FindingCollector
    ) {
        let hosts = context.inventory.scannedHosts.filter { $0.isUp && context.hosts.host($0, belongsTo: system) }
        for host in hosts {
            for service in host.services where TransmissionChannel.isCleartext(service) {
                let isTelnet = service.name?.comparisonKey == "telnet"
                collector.violation(
                    isTelnet ? .critical : .high, Subject(kind: .host, id: host.address),
                    "Host \(host.address) of ePHI system \(system.id) has cleartext "
                        + "\(TransmissionChannel.describe(service)) open.",
                    fix: "Close \(service.name ?? "the service") on port \(service.port) of \(host.address), or wrap "
                        + "it in TLS (for example https instead of http, ssh instead of telnet).",
                    evidence: [host.evidence, system.evidence], touchesEPHI: true)
            }
        }
    }
}
