import FoundationEssentials

/// An endpoint managed by a device management service such as Microsoft Intune.
public struct Device: Hashable, Sendable, Codable {
    /// The device name.
    public var name: String
    /// The management service's device id, when known.
    public var deviceID: String?
    /// The serial number, when known.
    public var serialNumber: String?
    /// The operating system, for example `Windows` or `iOS`.
    public var operatingSystem: String?
    /// The operating system version.
    public var osVersion: String?
    /// The primary user's UPN, when the device has one.
    public var primaryUser: String?
    /// Whether storage is encrypted; `nil` when the source does not tell.
    public var isEncrypted: Bool?
    /// The last time the device checked in with its management service; `nil` when never or unknown.
    public var lastCheckIn: Date?
    /// The compliance state as the management service reports it, for example `Compliant`.
    public var complianceState: String?
    /// Company or personal ownership, as reported.
    public var ownership: String?
    /// The record this device was read from.
    public var evidence: EvidenceReference

    /// Creates a device.
    public init(
        name: String,
        deviceID: String? = nil,
        serialNumber: String? = nil,
        operatingSystem: String? = nil,
        osVersion: String? = nil,
        primaryUser: String? = nil,
        isEncrypted: Bool?,
        lastCheckIn: Date?,
        complianceState: String? = nil,
        ownership: String? = nil,
        evidence: EvidenceReference
    ) {
        self.name = name
        self.deviceID = deviceID
        self.serialNumber = serialNumber
        self.operatingSystem = operatingSystem
        self.osVersion = osVersion
        self.primaryUser = primaryUser
        self.isEncrypted = isEncrypted
        self.lastCheckIn = lastCheckIn
        self.complianceState = complianceState
        self.ownership = ownership
        self.evidence = evidence
    }
}
