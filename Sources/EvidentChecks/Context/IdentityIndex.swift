import EvidentCore

/// Joins accounts to the workforce members they belong to and to declared service accounts.
///
/// Every comparison is case-insensitive on trimmed text. An account matches a member when its UPN,
/// e-mail or username equals the member's e-mail, or when its username or UPN local part (before
/// `@`) equals the member's username.
public struct IdentityIndex: Sendable {
    private let membersByEmail: [String: [WorkforceMember]]
    private let membersByUsername: [String: [WorkforceMember]]
    private let serviceAccountNames: Set<String>

    /// Creates an index over a roster and the service account names from `attestations.yaml`.
    public init(workforce: [WorkforceMember], serviceAccounts: [String]) {
        var byEmail: [String: [WorkforceMember]] = [:]
        var byUsername: [String: [WorkforceMember]] = [:]
        for member in workforce {
            if let email = IdentityIndex.key(member.email) {
                byEmail[email, default: []].append(member)
            }
            if let username = IdentityIndex.key(member.username) {
                byUsername[username, default: []].append(member)
            }
        }
        self.membersByEmail = byEmail
        self.membersByUsername = byUsername
        self.serviceAccountNames = Set(serviceAccounts.compactMap(IdentityIndex.key))
    }

    /// Returns every workforce member an account matches, in roster order, without repeats.
    public func members(matching account: Account) -> [WorkforceMember] {
        var matches: [WorkforceMember] = []
        for email in [account.userPrincipalName, account.email, account.username].compactMap(IdentityIndex.key) {
            matches += membersByEmail[email] ?? []
        }
        for username in IdentityIndex.usernameCandidates(of: account) {
            matches += membersByUsername[username] ?? []
        }

        var seen = Set<WorkforceMember>()
        return matches.filter { seen.insert($0).inserted }
    }

    /// Returns the member an account belongs to, preferring a current member over a terminated one
    /// when a name was reused.
    public func member(matching account: Account) -> WorkforceMember? {
        let matches = members(matching: account)
        return matches.first { $0.status != .terminated } ?? matches.first
    }

    /// Returns whether the account's username, UPN or UPN local part is declared as a service account.
    public func isServiceAccount(_ account: Account) -> Bool {
        let names = [account.username, account.userPrincipalName].compactMap(IdentityIndex.key)
        return !serviceAccountNames.isDisjoint(with: names + IdentityIndex.usernameCandidates(of: account))
    }

    /// Returns whether a machine's local account is listed under `service_accounts`.
    public func isServiceAccount(_ account: LocalAccount) -> Bool {
        IdentityIndex.key(account.username).map(serviceAccountNames.contains) ?? false
    }

    /// Returns the account's username and the local part of its UPN, normalized.
    static func usernameCandidates(of account: Account) -> [String] {
        let localPart = account.userPrincipalName.map(localPart(of:))
        return [account.username, localPart].compactMap(key)
    }

    /// Returns every normalized name of an account: username, UPN, UPN local part and e-mail.
    static func names(of account: Account) -> Set<String> {
        let full = [account.username, account.userPrincipalName, account.email].compactMap(key)
        return Set(full + usernameCandidates(of: account))
    }

    /// Returns the part of a name before its first `@`, or the whole name.
    static func localPart(of name: String) -> String {
        name.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
    }

    /// Returns trimmed lowercase text, or `nil` when nothing is left.
    static func key(_ text: String?) -> String? {
        guard let trimmed = text?.trimmedWhitespace.lowercased(), !trimmed.isEmpty else {
            return nil
        }
        return trimmed
    }
}
