/// A host found by a network scan, with the services it exposed.
public struct ScannedHost: Hashable, Sendable, Codable {
    /// The IPv4 or IPv6 address.
    public var address: String
    /// Names the scanner resolved for the host.
    public var hostnames: [String]
    /// The MAC address, when the scanner was on the same network segment.
    public var macAddress: String?
    /// Whether the scanner found the host up.
    public var isUp: Bool
    /// Open ports and what answered on them.
    public var services: [NetworkService]
    /// The record this host was read from.
    public var evidence: EvidenceReference

    /// Creates a scanned host.
    public init(
        address: String,
        hostnames: [String] = [],
        macAddress: String? = nil,
        isUp: Bool = true,
        services: [NetworkService] = [],
        evidence: EvidenceReference
    ) {
        self.address = address
        self.hostnames = hostnames
        self.macAddress = macAddress
        self.isUp = isUp
        self.services = services
        self.evidence = evidence
    }
}

/// An open port on a scanned host.
public struct NetworkService: Hashable, Sendable, Codable {
    /// The port number.
    public var port: Int
    /// The transport protocol, `tcp` or `udp`.
    public var transport: String
    /// The service name the scanner reported, for example `http` or `telnet`; `nil` when unidentified.
    public var name: String?
    /// The product the scanner identified, for example `Apache httpd`.
    public var product: String?
    /// Whether the scanner saw the service wrapped in TLS (nmap `tunnel="ssl"`).
    public var isTLS: Bool

    /// Creates a service.
    public init(port: Int, transport: String, name: String?, product: String? = nil, isTLS: Bool = false) {
        self.port = port
        self.transport = transport
        self.name = name
        self.product = product
        self.isTLS = isTLS
    }
}
