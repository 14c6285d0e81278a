/// A person's account local to one machine, as osquery's `users` table lists it, outside any
/// directory.
///
/// Only accounts people sign in with are kept: system and service accounts (low user ids, `nologin`
/// shells, macOS names starting with `_`) and Windows' built-in accounts are left out when read.
public struct LocalAccount: Hashable, Sendable, Codable {
    /// The machine the account exists on.
    public var device: String
    /// The account's user name.
    public var username: String
    /// The numeric user id (the relative id on Windows).
    public var uid: Int
    /// The record this account was read from.
    public var evidence: EvidenceReference

    /// Creates a local account.
    public init(device: String, username: String, uid: Int, evidence: EvidenceReference) {
        self.device = device
        self.username = username
        self.uid = uid
        self.evidence = evidence
    }
}
