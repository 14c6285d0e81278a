/// The encryption state of one volume as the operating system reports it: BitLocker, FileVault or
/// LUKS.
///
/// This is direct evidence from the device, unlike the management service's summary in `Device`, so
/// `encryption.at-rest-devices` merges both by device name and reports where they disagree.
public struct DiskEncryptionStatus: Hashable, Sendable, Codable {
    /// The device name: the computer name in the export, or else the evidence file's name without
    /// its extension.
    public var device: String
    /// The volume: a mount point (`C:`, `/`), or `FileVault` for a Mac's startup disk.
    public var volume: String
    /// Whether the volume holds the operating system, which is the volume that must be encrypted.
    public var isSystemVolume: Bool
    /// Whether the volume is encrypted and protected; `nil` while encryption or decryption is in
    /// progress or the state could not be read.
    public var isEncrypted: Bool?
    /// The state as the tool words it, for example `FullyEncrypted, protection Off`.
    public var state: String
    /// The record or line this state was read from.
    public var evidence: EvidenceReference

    /// Creates a volume state.
    public init(
        device: String, volume: String, isSystemVolume: Bool, isEncrypted: Bool?, state: String,
        evidence: EvidenceReference
    ) {
        self.device = device
        self.volume = volume
        self.isSystemVolume = isSystemVolume
        self.isEncrypted = isEncrypted
        self.state = state
        self.evidence = evidence
    }
}
