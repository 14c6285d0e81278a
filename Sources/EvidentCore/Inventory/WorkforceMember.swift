/// A person on the HR roster, `inventory/workforce.csv`.
public struct WorkforceMember: Hashable, Sendable, Codable {
    /// The HR employee id.
    public var employeeID: String
    /// The person's name.
    public var name: String
    /// The work e-mail address, usually equal to the Entra ID UPN.
    public var email: String?
    /// The sign-in name in Active Directory and ePHI systems.
    public var username: String?
    /// The job role, matched against a system's `allowed_roles`.
    public var role: String
    /// The department.
    public var department: String?
    /// The home address, when the roster has one; `evident review` uses it to find members opening the
    /// records of patients who live with them.
    public var address: String?
    /// Whether the person works here now.
    public var status: WorkforceStatus
    /// The first day of work.
    public var startDate: CalendarDay?
    /// The last day of work, for terminated members.
    public var endDate: CalendarDay?
    /// The row this member was read from.
    public var evidence: EvidenceReference

    /// Creates a workforce member.
    public init(
        employeeID: String,
        name: String,
        email: String? = nil,
        username: String? = nil,
        role: String,
        department: String? = nil,
        address: String? = nil,
        status: WorkforceStatus,
        startDate: CalendarDay? = nil,
        endDate: CalendarDay? = nil,
        evidence: EvidenceReference
    ) {
        self.employeeID = employeeID
        self.name = name
        self.email = email
        self.username = username
        self.role = role
        self.department = department
        self.address = address
        self.status = status
        self.startDate = startDate
        self.endDate = endDate
        self.evidence = evidence
    }
}

/// Employment status on the HR roster.
public enum WorkforceStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Working now.
    case active
    /// On leave; still a member, access may stay.
    case leave
    /// No longer works here; every account must be disabled (164.308(a)(3)(ii)(C)).
    case terminated
}
