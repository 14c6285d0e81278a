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
    /// The citation of the standard whose posture includes this one, for a paragraph NIST does not
    /// count as a requirement of its own (164.308(b)(2) is part of 164.308(b)(1)); `nil` otherwise.
    public var partOf: String?
    /// What an organization does to meet it, in Evident's words after the NIST SP 800-66 Rev. 2 key
    /// activities.
    public var keyActivities: [String]
    /// The id of the policy in `attestations.yaml` that documents it; `nil` when no single policy does.
    public var policy: String?
    /// The checks, `attestations.yaml` sections and documents that can show it is met.
    public var evidencedBy: Evidencing

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

    /// The sources that can show a requirement is met.
    public struct Evidencing: Hashable, Sendable, Codable {
        /// The ids of the checks that cite the requirement.
        public var checks: [String]
        /// The sections of `attestations.yaml` that record it, for example `decisions`.
        public var attestations: [String]
        /// The documents an auditor would ask for, for example `signed BAAs`.
        public var documents: [String]

        /// Creates the sources of evidence; every list defaults to empty.
        public init(checks: [String] = [], attestations: [String] = [], documents: [String] = []) {
            self.checks = checks
            self.attestations = attestations
            self.documents = documents
        }
    }

    enum CodingKeys: String, CodingKey {
        case citation, title, designation, category, standard, policy
        case nistSP80053r5 = "nist_sp800_53r5"
        case nistCSF11 = "nist_csf_1_1"
        case partOf = "part_of"
        case keyActivities = "key_activities"
        case evidencedBy = "evidenced_by"
    }

    /// Decodes a requirement; the fields added in resource version 2 (`part_of`, `key_activities`,
    /// `policy`, `evidenced_by`) may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        citation = try container.decode(String.self, forKey: .citation)
        title = try container.decode(String.self, forKey: .title)
        designation = try container.decode(Designation.self, forKey: .designation)
        category = try container.decode(SafeguardCategory.self, forKey: .category)
        standard = try container.decodeIfPresent(String.self, forKey: .standard)
        nistSP80053r5 = try container.decode([String].self, forKey: .nistSP80053r5)
        nistCSF11 = try container.decode([String].self, forKey: .nistCSF11)
        partOf = try container.decodeIfPresent(String.self, forKey: .partOf)
        keyActivities = try container.decodeIfPresent([String].self, forKey: .keyActivities) ?? []
        policy = try container.decodeIfPresent(String.self, forKey: .policy)
        evidencedBy = try container.decodeIfPresent(Evidencing.self, forKey: .evidencedBy) ?? Evidencing()
    }
}
