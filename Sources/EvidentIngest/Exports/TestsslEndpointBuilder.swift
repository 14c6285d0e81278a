import EvidentCore
import Foundation

/// Folds testssl.sh findings into one `TLSEndpoint` per target and port.
///
/// The finding ids used are the protocol ids (`SSLv2` … `TLS1_3`, offered when the finding starts with
/// `offered`), the weak cipher categories (`cipherlist_NULL`, `_aNULL`, `_EXPORT`, `_LOW`,
/// `_3DES_IDEA`, and `RC4` when not OK), `cert_notAfter` and `scanProblem`.
struct TestsslEndpointBuilder {
    let context: ImportContext
    private(set) var endpoints: [TLSEndpoint] = []
    private var indexByKey: [String: Int] = [:]

    init(context: ImportContext) {
        self.context = context
    }

    private static let protocols: [String: TLSProtocolVersion] = [
        "SSLv2": .ssl2, "SSLv3": .ssl3, "TLS1": .tls10, "TLS1_1": .tls11, "TLS1_2": .tls12, "TLS1_3": .tls13,
    ]
    private static let weakCategories = ["NULL", "aNULL", "EXPORT", "LOW", "3DES_IDEA"]

    mutating func add(_ row: TestsslImporter.Row, collector: inout ImportCollector) {
        let host = Self.host(of: row.target)
        guard !host.isEmpty, let port = Int(row.port) else {
            if row.severity == "FATAL" || row.id == "scanProblem" {
                collector.warn(line: row.line, "testssl.sh reported a problem with no target: \(row.finding)")
            }
            return
        }
        let key = "\(host.lowercased()):\(port)"
        if indexByKey[key] == nil {
            indexByKey[key] = endpoints.count
            endpoints.append(TLSEndpoint(host: host, port: port, evidence: collector.reference(line: row.line)))
        }
        let index = indexByKey[key]!
        let finding = row.finding.lowercased()
        let isOffered = finding.hasPrefix("offered")

        if let version = Self.protocols[row.id] {
            if isOffered && !endpoints[index].protocols.contains(version) {
                endpoints[index].protocols.append(version)
                endpoints[index].protocols.sort()
                endpoints[index].protocolEvidence[version] = collector.reference(line: row.line)
            }
        } else if row.id.hasPrefix("cipherlist_") {
            let category = String(row.id.dropFirst("cipherlist_".count))
            if isOffered && Self.weakCategories.contains(category) {
                endpoints[index].weakCiphers.append(category)
                endpoints[index].weakCipherEvidence[category] = collector.reference(line: row.line)
            }
        } else if row.id == "RC4" && !["OK", "INFO"].contains(row.severity) {
            endpoints[index].weakCiphers.append("RC4")
            endpoints[index].weakCipherEvidence["RC4"] = collector.reference(line: row.line)
        } else if row.id.hasPrefix("cert_notAfter") && endpoints[index].certificateNotAfter == nil {
            endpoints[index].certificateNotAfter = context.timestamps.parse(row.finding).date
            endpoints[index].certificateEvidence = collector.reference(line: row.line)
            if endpoints[index].certificateNotAfter == nil {
                collector.warn(line: row.line, "cert_notAfter '\(row.finding)' could not be read")
            }
        } else if row.id == "scanProblem" || row.severity == "FATAL" {
            endpoints[index].scanProblem = row.finding
            endpoints[index].scanProblemEvidence = collector.reference(line: row.line)
        }
    }

    /// Returns the host of testssl.sh's `host/address` target: the name, else the address (without
    /// the brackets of IPv6).
    private static func host(of target: String) -> String {
        let parts = target.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let name = parts.first ?? ""
        let address = parts.count > 1 ? parts[1] : ""
        let host = name.isEmpty ? address : name
        return host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    }
}
