/// A vendor from the BAA register, `inventory/vendors.csv`.
public struct Vendor: Hashable, Sendable, Codable {
    /// The vendor's name.
    public var name: String
    /// What the vendor provides.
    public var service: String
    /// Whether the vendor creates, receives, maintains or transmits ePHI, which makes it a business associate.
    public var hasEPHIAccess: Bool
    /// Whether a business associate agreement is signed.
    public var isBAASigned: Bool
    /// The day the BAA expires; `nil` when it has no end date.
    public var baaExpires: CalendarDay?
    /// The path of the signed BAA relative to the workspace; `nil` when none is recorded.
    public var baaDocument: String?
    /// Whether `baaDocument` names a file that exists in the workspace.
    public var baaDocumentExists: Bool
    /// The vendor contact.
    public var contact: String?
    /// The row this vendor was read from.
    public var evidence: EvidenceReference

    /// Creates a vendor.
    public init(
        name: String,
        service: String,
        hasEPHIAccess: Bool,
        isBAASigned: Bool,
        baaExpires: CalendarDay? = nil,
        baaDocument: String? = nil,
        baaDocumentExists: Bool = false,
        contact: String? = nil,
        evidence: EvidenceReference
    ) {
        self.name = name
        self.service = service
        self.hasEPHIAccess = hasEPHIAccess
        self.isBAASigned = isBAASigned
        self.baaExpires = baaExpires
        self.baaDocument = baaDocument
        self.baaDocumentExists = baaDocumentExists
        self.contact = contact
        self.evidence = evidence
    }
}
