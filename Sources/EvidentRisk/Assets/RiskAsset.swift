import EvidentCore

/// The kinds of asset a risk analysis covers.
public enum RiskAssetKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// A system of `inventory/systems.yaml` that handles ePHI.
    case system
    /// The managed devices of one operating system family, such as every Windows device.
    case deviceClass = "device-class"
    /// A vendor with ePHI access, from the BAA register or named by an ePHI system.
    case vendor

    public static func < (lhs: RiskAssetKind, rhs: RiskAssetKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One asset in the scope of the risk analysis, with what findings are matched against to decide
/// whether they concern it.
public struct RiskAsset: Hashable, Sendable {
    /// The kind of asset.
    public var kind: RiskAssetKind
    /// The id: a system id, an operating system family such as `windows`, or a vendor name.
    public var id: String
    /// The name shown in reports.
    public var name: String
    /// One line about the asset, for example `22 devices` or `BAA signed, expires 2027-06-30`.
    public var detail: String
    /// The declarations the asset comes from.
    public var evidence: [EvidenceReference]
    /// The ePHI systems the asset is or provides.
    public var systems: [String] = []
    /// The host names and addresses of those systems.
    public var hosts: [String] = []
    /// The device names of a device class.
    public var devices: [String] = []
    /// The vendor of a system.
    public var vendor: String?

    /// The asset as `kind:id`, the form treatments in `attestations.yaml` use.
    public var key: String {
        "\(kind.rawValue):\(id)"
    }

    /// Creates an asset.
    public init(kind: RiskAssetKind, id: String, name: String, detail: String, evidence: [EvidenceReference]) {
        self.kind = kind
        self.id = id
        self.name = name
        self.detail = detail
        self.evidence = evidence
    }
}
