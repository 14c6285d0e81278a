import EvidentCore
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects hosts from the SAX events of an nmap XML file.
///
/// Used by one `XMLParser` on one thread and then read; it is never shared, so it needs no locking.
final class NmapXMLHandler: NSObject, XMLParserDelegate {
    /// The hosts whose `<status state="up">`, in file order.
    private(set) var hosts: [ScannedHost] = []
    /// Every `<host>` element, up or not.
    private(set) var hostCount = 0
    /// Problems with single hosts or ports, by line.
    private(set) var warnings: [(line: Int, message: String)] = []
    /// Hosts that were up but left out because they had no address.
    private(set) var skippedHostCount = 0
    /// When the scan started (`<nmaprun start>`).
    private(set) var startedAt: Date?
    /// When the scan finished (`<finished time>`).
    private(set) var finishedAt: Date?
    /// Whether `</nmaprun>` was read, which an interrupted scan never writes.
    private(set) var hasClosedRoot = false

    private let path: String
    private var host: HostDraft?
    private var port: PortDraft?

    init(path: String) {
        self.path = path
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "nmaprun":
            startedAt = Self.unixTime(attributes["start"])
        case "host":
            hostCount += 1
            host = HostDraft(line: parser.lineNumber)
        case "status":
            host?.state = attributes["state"]
        case "address":
            host?.addresses.append((attributes["addr"] ?? "", attributes["addrtype"] ?? "ipv4"))
        case "hostname":
            if let name = attributes["name"], !name.isEmpty { host?.hostnames.append(name) }
        case "port":
            port = PortDraft(
                line: parser.lineNumber, transport: attributes["protocol"] ?? "tcp", id: attributes["portid"])
        case "state":
            port?.state = attributes["state"]
        case "service":
            port?.name = attributes["name"]
            port?.product = attributes["product"]
            port?.isTLS = attributes["tunnel"] == "ssl"
        case "finished":
            finishedAt = Self.unixTime(attributes["time"])
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "port":
            if let port, port.state == "open" { addService(port) }
            port = nil
        case "host":
            if let host, host.state == "up" { addHost(host) }
            host = nil
        case "nmaprun":
            hasClosedRoot = true
        default:
            break
        }
    }

    // MARK: - Private

    private func addService(_ port: PortDraft) {
        guard let id = port.id, let number = Int(id), (0...65_535).contains(number) else {
            warnings.append((port.line, "skipped an open port with port number '\(port.id ?? "")'"))
            return
        }
        host?.services.append(
            NetworkService(
                port: number, transport: port.transport, name: port.name, product: port.product, isTLS: port.isTLS))
    }

    private func addHost(_ draft: HostDraft) {
        let address =
            draft.addresses.first { $0.type == "ipv4" }?.address ?? draft.addresses.first { $0.type == "ipv6" }?.address
        guard let address, !address.isEmpty else {
            warnings.append((draft.line, "skipped a host that is up but has no IPv4 or IPv6 address"))
            skippedHostCount += 1
            return
        }
        hosts.append(
            ScannedHost(
                address: address,
                hostnames: draft.hostnames,
                macAddress: draft.addresses.first { $0.type == "mac" }?.address,
                isUp: true,
                services: draft.services,
                evidence: EvidenceReference(path: path, line: draft.line)
            ))
    }

    private static func unixTime(_ text: String?) -> Date? {
        guard let text, let seconds = Int(text), seconds > 0 else { return nil }
        return Date(timeIntervalSince1970: Double(seconds))
    }

    private struct HostDraft {
        var line: Int
        var state: String?
        var addresses: [(address: String, type: String)] = []
        var hostnames: [String] = []
        var services: [NetworkService] = []
    }

    private struct PortDraft {
        var line: Int
        var transport: String
        var id: String?
        var state: String?
        var name: String?
        var product: String?
        var isTLS = false
    }
}
