import EvidentCore
import FoundationEssentials

/// Transmission security, encryption (164.312(e)(2)(ii)): TLS endpoints accept only TLS 1.2 and
/// later, no weak cipher suites, and present certificates that are not expired or about to expire.
///
/// The versions follow NIST SP 800-52 Rev. 2, which requires TLS 1.2 and forbids SSL and TLS 1.0
/// and 1.1. Each scanned endpoint is judged from testssl.sh or sslyze output; an endpoint whose scan
/// did not complete is missing evidence. Without any TLS scan, ePHI systems that declare a TLS channel
/// are missing evidence, because their configuration is unknown.
struct TLSConfigurationCheck: Check {
    let id = "transmission.tls-configuration"
    let title = "TLS configuration of endpoints"
    let citations = ["164.312(e)(2)(ii)"]

    /// Declared channel names that run over TLS.
    static let tlsChannelNames: Set<String> = [
        "https", "tls", "ftps", "smtp-tls", "ldaps", "imaps", "pop3s", "hl7-tls",
    ]

    func evaluate(_ context: CheckContext) -> CheckResult {
        var collector = FindingCollector(self)
        collector.reportUnreadableFiles(of: ExportFormats.tlsScans, in: context)
        let endpoints = context.inventory.tlsEndpoints
        let hasScan = !context.inventory.usableFiles(of: ExportFormats.tlsScans).isEmpty

        if !hasScan {
            let declaring = context.ephiSystems.filter { system in
                system.transmission.contains { Self.tlsChannelNames.contains($0.comparisonKey) }
            }
            for system in declaring {
                collector.missingEvidence(
                    .medium, Subject(kind: .system, id: system.id),
                    "ePHI system \(system.id) transmits over TLS, but no TLS scan shows which versions and ciphers "
                        + "its endpoints accept.",
                    fix: "Scan the endpoints of \(system.id) with testssl.sh --jsonfile or sslyze --json_out and save "
                        + "the result into evidence/.",
                    evidence: [system.evidence], touchesEPHI: true)
            }
            return collector.result(
                evaluated: declaring.count, "ePHI systems using TLS", singular: "ePHI system using TLS",
                notApplicable: "No TLS scan was found and no ePHI system declares a TLS channel.")
        }

        for endpoint in endpoints {
            evaluate(endpoint, context, into: &collector)
        }
        return collector.result(
            evaluated: endpoints.count, "TLS endpoints", singular: "TLS endpoint",
            notApplicable: "The TLS scans found no endpoint.")
    }

    private func evaluate(_ endpoint: TLSEndpoint, _ context: CheckContext, into collector: inout FindingCollector) {
        let name = "\(endpoint.host):\(endpoint.port)"
        let subject = Subject(kind: .host, id: name)
        let system = ephiSystem(of: endpoint, context)
        let touchesEPHI = system != nil
        let owner = system.map { " (ePHI system \($0.id))" } ?? ""

        if let problem = endpoint.scanProblem {
            collector.missingEvidence(
                .medium, subject, "The TLS scan of \(name)\(owner) did not complete: \(Phrase.clause(problem)).",
                fix: "Scan \(name) again from a machine that can reach it.",
                evidence: Self.references([endpoint.scanProblemEvidence].compactMap(\.self), of: endpoint),
                touchesEPHI: touchesEPHI)
            return
        }

        let outdated = endpoint.protocols.filter { $0 < .tls12 }
        if !outdated.isEmpty {
            collector.violation(
                touchesEPHI ? .high : .medium, subject,
                "\(name)\(owner) accepts \(outdated.map(\.rawValue).joined(separator: ", ")), below the TLS 1.2 "
                    + "minimum of NIST SP 800-52 Rev. 2.",
                fix: "Disable SSL, TLS 1.0 and TLS 1.1 on \(name) and allow only TLS 1.2 and TLS 1.3.",
                evidence: Self.references(outdated.compactMap { endpoint.protocolEvidence[$0] }, of: endpoint),
                touchesEPHI: touchesEPHI)
        }
        if !endpoint.weakCiphers.isEmpty {
            collector.violation(
                touchesEPHI ? .high : .medium, subject,
                "\(name)\(owner) accepts weak cipher suites: \(endpoint.weakCiphers.joined(separator: ", ")).",
                fix: "Remove NULL, anonymous, export, RC4, DES and 3DES suites from the configuration of \(name).",
                evidence: Self.references(
                    endpoint.weakCiphers.compactMap { endpoint.weakCipherEvidence[$0] }, of: endpoint),
                touchesEPHI: touchesEPHI)
        }
        evaluateCertificate(of: endpoint, name: name, owner: owner, context, into: &collector)
    }

    private func evaluateCertificate(
        of endpoint: TLSEndpoint, name: String, owner: String, _ context: CheckContext,
        into collector: inout FindingCollector
    ) {
        guard let notAfter = endpoint.certificateNotAfter else { return }
        let limit = context.thresholds.tlsCertificateExpiryDays
        let secondsLeft = -context.seconds(since: notAfter)
        guard secondsLeft <= Double(limit) * 86_400 else { return }

        let expired = secondsLeft <= 0
        collector.violation(
            expired ? .high : .medium, Subject(kind: .host, id: name),
            expired
                ? "The certificate of \(name)\(owner) expired at \(Phrase.timestamp(notAfter))."
                : "The certificate of \(name)\(owner) expires at \(Phrase.timestamp(notAfter)), within \(limit) days.",
            fix: "Renew the certificate of \(name), preferably with automatic renewal.",
            evidence: Self.references([endpoint.certificateEvidence].compactMap(\.self), of: endpoint),
            touchesEPHI: !owner.isEmpty)
    }

    /// Returns the records that showed a fact, or the endpoint's own record when the scanner kept none
    /// per fact (sslyze writes one JSON document per scan).
    private static func references(_ records: [EvidenceReference], of endpoint: TLSEndpoint) -> [EvidenceReference] {
        records.isEmpty ? [endpoint.evidence] : records
    }

    private func ephiSystem(of endpoint: TLSEndpoint, _ context: CheckContext) -> InformationSystem? {
        let host = ScannedHost(address: endpoint.host, hostnames: [endpoint.host], evidence: endpoint.evidence)
        return context.ephiSystems.first { context.hosts.host(host, belongsTo: $0) }
    }
}
