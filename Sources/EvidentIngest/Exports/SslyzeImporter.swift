import EvidentCore
import Foundation

/// Reads sslyze `--json_out` results (sslyze 5 and later) into TLS endpoints.
///
/// Each `server_scan_results` entry names its `server_location`; a protocol is accepted when its
/// `*_cipher_suites` result lists accepted suites, and the leaf certificate's `not_valid_after` gives
/// the expiry. A server sslyze could not reach has `scan_result: null`, which is kept as an incomplete
/// scan. Certificate serial numbers exceed 64 bits and are never read as numbers.
struct SslyzeImporter {
    let context: ImportContext

    private static let protocolKeys: [(String, TLSProtocolVersion)] = [
        ("ssl_2_0_cipher_suites", .ssl2), ("ssl_3_0_cipher_suites", .ssl3), ("tls_1_0_cipher_suites", .tls10),
        ("tls_1_1_cipher_suites", .tls11), ("tls_1_2_cipher_suites", .tls12), ("tls_1_3_cipher_suites", .tls13),
    ]
    private static let weakMarkers = ["NULL", "EXPORT", "RC4", "_DES_", "3DES", "DES_CBC3", "anon", "_MD5"]

    func read(_ text: String) throws(EvidenceError) -> ImportedExport {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw JSONSyntaxError.evidenceError(in: text, path: context.path, parserError: error)
        }
        guard let root = parsed as? [String: Any], let servers = root["server_scan_results"] as? [[String: Any]]
        else {
            throw .malformed(
                path: context.path, line: nil, column: nil,
                reason: "not sslyze JSON with server_scan_results; run sslyze again with --json_out")
        }
        var collector = ImportCollector(context: context)
        let lines = JSONRecordLocator.recordLines(in: text)
        // The date range is when the scan ran, which shows how fresh it is; certificate dates are not.
        for key in ["date_scans_started", "date_scans_completed"] {
            collector.include(LenientJSON.text(root[key]).flatMap { context.timestamps.parse($0).date })
        }

        for (index, server) in servers.enumerated() {
            collector.records += 1
            let location = server["server_location"] as? [String: Any] ?? [:]
            let host = LenientJSON.text(location["hostname"]) ?? LenientJSON.text(location["ip_address"]) ?? ""
            guard !host.isEmpty, let port = LenientJSON.integer(location["port"]) else {
                collector.skip(line: nil, "skipped a server without hostname and port")
                continue
            }
            var endpoint = TLSEndpoint(
                host: host, port: port, evidence: collector.reference(line: index < lines.count ? lines[index] : nil))

            guard let result = server["scan_result"] as? [String: Any],
                LenientJSON.text(server["scan_status"]) ?? "COMPLETED" == "COMPLETED"
            else {
                endpoint.scanProblem =
                    LenientJSON.text(server["connectivity_error_trace"]) ?? LenientJSON.text(server["scan_status"])
                    ?? "no scan result"
                collector.facts.tlsEndpoints.append(endpoint)
                continue
            }
            read(result, into: &endpoint)
            collector.facts.tlsEndpoints.append(endpoint)
        }
        return collector.finish()
    }

    private func read(_ result: [String: Any], into endpoint: inout TLSEndpoint) {
        for (key, version) in Self.protocolKeys {
            let command = result[key] as? [String: Any]
            let accepted = (command?["result"] as? [String: Any])?["accepted_cipher_suites"] as? [[String: Any]] ?? []
            guard !accepted.isEmpty else { continue }
            endpoint.protocols.append(version)
            for suite in accepted {
                let name = LenientJSON.text((suite["cipher_suite"] as? [String: Any])?["name"]) ?? ""
                if Self.weakMarkers.contains(where: { name.contains($0) }) && !endpoint.weakCiphers.contains(name) {
                    endpoint.weakCiphers.append(name)
                }
            }
        }

        let certificateInfo = (result["certificate_info"] as? [String: Any])?["result"] as? [String: Any]
        let deployments = certificateInfo?["certificate_deployments"] as? [[String: Any]]
        let leaf = (deployments?.first?["received_certificate_chain"] as? [[String: Any]])?.first
        let notAfter = LenientJSON.text(leaf?["not_valid_after"]) ?? LenientJSON.text(leaf?["notAfter"])
        endpoint.certificateNotAfter = notAfter.flatMap { context.timestamps.parse($0).date }
    }
}
