/// The settings of one organization's workspace, read from `evident.yaml`.
public struct WorkspaceSettings: Hashable, Sendable {
    /// The organization the workspace describes.
    public var organization: Organization
    /// The name of the catalog profile to assess against, `hipaa-security-rule` unless set.
    public var profile: String
    /// The day the assessment is made for; evidence ages are measured to the end of this day (UTC).
    public var asOf: CalendarDay
    /// How ambiguous numeric dates in exports are read.
    public var exportLocale: ExportLocale
    /// The configurable limits that checks compare evidence against.
    public var thresholds: Thresholds

    /// The profile used when `evident.yaml` names none.
    public static let defaultProfile = "hipaa-security-rule"

    /// Creates settings; every value but the organization has the documented default.
    public init(
        organization: Organization,
        profile: String = WorkspaceSettings.defaultProfile,
        asOf: CalendarDay,
        exportLocale: ExportLocale = .enUS,
        thresholds: Thresholds = Thresholds()
    ) {
        self.organization = organization
        self.profile = profile
        self.asOf = asOf
        self.exportLocale = exportLocale
        self.thresholds = thresholds
    }
}

/// The organization a workspace belongs to.
public struct Organization: Hashable, Sendable, Codable {
    /// The name shown in reports.
    public var name: String
    /// Whether the organization is a covered entity or a business associate.
    public var kind: Kind

    /// The two kinds of regulated entity the Security Rule applies to (45 CFR 160.103).
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A health plan, clearinghouse or provider that transmits health information electronically.
        case coveredEntity = "covered-entity"
        /// A person or organization that handles ePHI on behalf of a covered entity.
        case businessAssociate = "business-associate"
    }

    /// Creates an organization.
    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}
