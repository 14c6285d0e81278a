import EvidentCore

/// One standard or implementation specification of the Security Rule.
public struct Requirement: Hashable, Sendable, Codable {
    /// The citation without the `45 CFR` prefix, for example `164.312(a)(2)(iv)`.
    public var citation: String
    /// The short title the regulation gives it, for example `Encryption and decryption`.
    public var title: String
    /// Whether it is a standard, a required specification or an addressable one.
    public var designation: Designation
    /// The safeguard category, from the section the citation is in.
    public var category: SafeguardCategory
    /// The citation of the standard an implementation specification belongs to; `nil` for standards.
    public var standard: String?
    /// Related NIST SP 800-53 Rev. 5 controls, as NIST maps them in SP 800-66 Rev. 2.
    public var nistSP80053r5: [String]
    /// Related NIST Cybersecurity Framework 1.1 subcategories.
    public var nistCSF11: [String]

    /// The three designations of 164.306(d).
    public enum Designation: String, Hashable, Sendable, Codable, CaseIterable {
        /// A standard; required, and required directly when it has no implementation specifications.
        case standard
        /// A required implementation specification.
        case required
        /// An addressable implementation specification: implement it, an equivalent alternative, or
        /// document why neither is reasonable and appropriate (164.306(d)(3)).
        case addressable
    }

    enum CodingKeys: String, CodingKey {
        case citation, title, designation, category, standard
        case nistSP80053r5 = "nist_sp800_53r5"
        case nistCSF11 = "nist_csf_1_1"
    }
}
