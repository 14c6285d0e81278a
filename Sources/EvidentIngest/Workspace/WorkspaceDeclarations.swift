import EvidentCore

/// What the files people edit declare about an organization: its settings, systems, vendors,
/// workforce and attestations, with the warnings raised while reading them.
public struct WorkspaceDeclarations: Hashable, Sendable {
    /// The settings from `evident.yaml`.
    public var settings: WorkspaceSettings
    /// The systems from `inventory/systems.yaml`, in file order.
    public var systems: [InformationSystem]
    /// The vendors from `inventory/vendors.csv`, in file order.
    public var vendors: [Vendor]
    /// The people from `inventory/workforce.csv`, in file order.
    public var workforce: [WorkforceMember]
    /// What `attestations.yaml` records; empty when the file does not exist.
    public var attestations: Attestations
    /// Problems that did not stop reading, such as unknown keys, each as `path:line: message`.
    public var warnings: [String]

    /// Creates declarations.
    public init(
        settings: WorkspaceSettings,
        systems: [InformationSystem],
        vendors: [Vendor],
        workforce: [WorkforceMember],
        attestations: Attestations,
        warnings: [String]
    ) {
        self.settings = settings
        self.systems = systems
        self.vendors = vendors
        self.workforce = workforce
        self.attestations = attestations
        self.warnings = warnings
    }
}
