/// What a finding is about: an account, a device, a host, a system, a vendor, a policy or a citation.
public struct Subject: Hashable, Sendable, Codable, Comparable {
    /// The kind of thing.
    public var kind: Kind
    /// Its identifier: the UPN or username, device name, IP address, system id, vendor name,
    /// policy id or citation.
    public var id: String

    /// The kinds of subject a finding can name.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// A user account.
        case user
        /// A managed device.
        case device
        /// A host on the network.
        case host
        /// A system from `systems.yaml`.
        case system
        /// A vendor from the BAA register.
        case vendor
        /// A policy or other organizational document.
        case policy
        /// A requirement of the Security Rule.
        case citation
        /// A kind of evidence, named by its format, that the workspace lacks or could not read.
        case evidence
        /// An exception recorded in `attestations.yaml`, named by its check, subjects and approval day.
        case exception

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }

    /// Creates a subject.
    public init(kind: Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    public static func < (lhs: Subject, rhs: Subject) -> Bool {
        (lhs.kind, lhs.id) < (rhs.kind, rhs.id)
    }
}

extension Subject: CustomStringConvertible {
    /// `kind id`, for example `user jdoe@example.org`.
    public var description: String {
        "\(kind.rawValue) \(id)"
    }
}
