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
    /// The ids of the policies `policy.documented` requires in `attestations.yaml`.
    public var requiredPolicies: [String]
    /// The settings of the risk analysis, from `risk:`.
    public var risk = RiskSettings()
    /// Days until a new remediation plan item is due, by severity, from `plan.due_days`.
    public var planDueDays = PlanDueDays()

    /// The profile used when `evident.yaml` names none.
    public static let defaultProfile = "hipaa-security-rule"

    /// The policies required when `evident.yaml` lists none: one per technical safeguard standard of
    /// 164.312, plus the contingency plan that backups and restore tests follow (164.308(a)(7)).
    public static let defaultRequiredPolicies = [
        "access-control", "audit-controls", "integrity", "person-authentication", "transmission-security",
        "contingency-plan",
    ]

    /// Creates settings; every value but the organization has the documented default.
    public init(
        organization: Organization,
        profile: String = WorkspaceSettings.defaultProfile,
        asOf: CalendarDay,
        exportLocale: ExportLocale = .enUS,
        thresholds: Thresholds = Thresholds(),
        requiredPolicies: [String] = WorkspaceSettings.defaultRequiredPolicies
    ) {
        self.organization = organization
        self.profile = profile
        self.asOf = asOf
        self.exportLocale = exportLocale
        self.thresholds = thresholds
        self.requiredPolicies = requiredPolicies
    }
}

/// The organization a workspace belongs to.
public struct Organization: Hashable, Sendable, Codable {
    /// A stable identifier that keys the organization's runs in the store, for example
    /// `riverside-family-practice`. Defaults to a slug of the name; set it in `evident.yaml` so
    /// renaming the organization keeps its history.
    public var id: String
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

    /// Creates an organization; `id` defaults to a slug of the name.
    public init(id: String? = nil, name: String, kind: Kind) {
        self.id = id ?? Organization.slug(name)
        self.name = name
        self.kind = kind
    }

    /// Returns the lowercase ASCII letters and digits of a name, with a `-` for each run of anything else.
    public static func slug(_ name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        return slug.hasSuffix("-") ? String(slug.dropLast()) : slug
    }
}
