/// The operating system a device reports about itself, such as a row of osquery's `os_version`
/// table, as opposed to what a device management service records about it.
public struct OperatingSystemReport: Hashable, Sendable, Codable {
    /// The device name as the source gives it, such as osquery's host identifier.
    public var device: String
    /// The operating system in the words device management exports use: `Windows`, `macOS`, `Linux`
    /// or `FreeBSD`.
    public var operatingSystem: String
    /// The version, for example `10.0.22631.4460` or `14.6.1`; `nil` when the source leaves it out.
    public var osVersion: String?
    /// The product name as the device words it, for example `Microsoft Windows 11 Pro` or `Ubuntu`.
    public var productName: String
    /// The record this report was read from.
    public var evidence: EvidenceReference

    /// Creates a report.
    public init(
        device: String, operatingSystem: String, osVersion: String?, productName: String, evidence: EvidenceReference
    ) {
        self.device = device
        self.operatingSystem = operatingSystem
        self.osVersion = osVersion
        self.productName = productName
        self.evidence = evidence
    }
}
