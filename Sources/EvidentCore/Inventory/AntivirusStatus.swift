import FoundationEssentials

/// The state of malware protection on one device, as the device reports it (Microsoft Defender's
/// `Get-MpComputerStatus`, osquery's `windows_security_center`).
public struct AntivirusStatus: Hashable, Sendable, Codable {
    /// The device name: the computer name in the export, or else the evidence file's name without
    /// its extension.
    public var device: String
    /// Whether protection is on; `nil` when the source does not tell.
    public var isEnabled: Bool?
    /// Whether real-time protection is on; `nil` when the source does not tell.
    public var isRealTimeProtectionOn: Bool?
    /// When the signatures were last updated, when the source tells.
    public var signaturesUpdated: Date?
    /// Whether the source itself judges the signatures current; `nil` when it does not say.
    public var isUpToDate: Bool?
    /// Whether a management console reported the state (the Defender portal's device inventory)
    /// rather than the device itself, which matters when the two disagree.
    public var isReportedByConsole = false
    /// Whether the source shows only that a protection product is installed (osquery `programs`),
    /// which does not show whether it is on or its signatures current.
    public var isInstallationOnly = false
    /// The state as the source words it, for example `antivirus Poor`.
    public var state: String
    /// The record this state was read from.
    public var evidence: EvidenceReference

    /// Creates a protection state.
    public init(
        device: String, isEnabled: Bool?, isRealTimeProtectionOn: Bool? = nil, signaturesUpdated: Date? = nil,
        isUpToDate: Bool? = nil, state: String, evidence: EvidenceReference
    ) {
        self.device = device
        self.isEnabled = isEnabled
        self.isRealTimeProtectionOn = isRealTimeProtectionOn
        self.signaturesUpdated = signaturesUpdated
        self.isUpToDate = isUpToDate
        self.state = state
        self.evidence = evidence
    }
}
