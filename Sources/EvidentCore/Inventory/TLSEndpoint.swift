import FoundationEssentials

/// A TLS endpoint as a scanner (testssl.sh, sslyze) found it: the protocol versions and weak cipher
/// suites it accepts and when its certificate expires.
public struct TLSEndpoint: Hashable, Sendable, Codable {
    /// The host name scanned, or the address when the scan names no host.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// Every protocol version the endpoint accepted.
    public var protocols: [TLSProtocolVersion]
    /// Accepted cipher suites, or the scanner's cipher categories, that are weak: NULL, anonymous,
    /// export-grade, RC4, DES and 3DES.
    public var weakCiphers: [String]
    /// The end of the validity of the leaf certificate, when the scan read it.
    public var certificateNotAfter: Date?
    /// Why the scan did not complete; `nil` when it did. An incomplete scan proves nothing.
    public var scanProblem: String?
    /// The record the endpoint was read from.
    public var evidence: EvidenceReference
    /// The record that showed each accepted protocol version, when the scanner writes one record per
    /// fact as testssl.sh does. A fact without its own record cites `evidence`.
    public var protocolEvidence: [TLSProtocolVersion: EvidenceReference] = [:]
    /// The record that showed each weak cipher in `weakCiphers`, when the scanner writes one per fact.
    public var weakCipherEvidence: [String: EvidenceReference] = [:]
    /// The record of the certificate's expiry, when the scanner writes one per fact.
    public var certificateEvidence: EvidenceReference? = nil
    /// The record of `scanProblem`, when the scanner writes one per fact.
    public var scanProblemEvidence: EvidenceReference? = nil

    /// Creates a scanned endpoint.
    public init(
        host: String, port: Int, protocols: [TLSProtocolVersion] = [], weakCiphers: [String] = [],
        certificateNotAfter: Date? = nil, scanProblem: String? = nil, evidence: EvidenceReference
    ) {
        self.host = host
        self.port = port
        self.protocols = protocols
        self.weakCiphers = weakCiphers
        self.certificateNotAfter = certificateNotAfter
        self.scanProblem = scanProblem
        self.evidence = evidence
    }
}

/// The SSL and TLS protocol versions, oldest first.
public enum TLSProtocolVersion: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// SSL 2.0.
    case ssl2 = "SSLv2"
    /// SSL 3.0.
    case ssl3 = "SSLv3"
    /// TLS 1.0.
    case tls10 = "TLS 1.0"
    /// TLS 1.1.
    case tls11 = "TLS 1.1"
    /// TLS 1.2.
    case tls12 = "TLS 1.2"
    /// TLS 1.3.
    case tls13 = "TLS 1.3"

    public static func < (lhs: TLSProtocolVersion, rhs: TLSProtocolVersion) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
