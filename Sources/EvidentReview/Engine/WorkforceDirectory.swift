import EvidentCore

/// The workforce roster indexed the ways logs name people: by sign-in name, e-mail, employee id and
/// full name, all case-insensitive.
struct WorkforceDirectory {
    /// The roster.
    let members: [WorkforceMember]
    /// Each member's normalized name, by index in `members`.
    let names: [PersonName?]
    private let indexByAccount: [String: Int]
    private let indexByName: [String: Int]

    /// Indexes a roster. When two members share a key, the first one in the file wins.
    init(_ members: [WorkforceMember]) {
        self.members = members
        self.names = members.map { PersonName($0.name) }

        var byAccount: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for (index, member) in members.enumerated() {
            for key in [member.username, member.email, member.employeeID].compactMap({ $0?.lowercased() }) {
                byAccount[key] = byAccount[key] ?? index
            }
            if let name = names[index] {
                byName[name.key] = byName[name.key] ?? index
            }
        }
        self.indexByAccount = byAccount
        self.indexByName = byName
    }

    /// Returns the member an account name in a log belongs to: the account itself, the part before
    /// `@` or `\`-prefixed domain, or a full name.
    func member(forAccount account: String) -> Int? {
        if let index = indexByAccount[account] { return index }
        if let backslash = account.lastIndex(of: "\\"),
            let index = indexByAccount[String(account[account.index(after: backslash)...])]
        {
            return index
        }
        if let at = account.firstIndex(of: "@"), let index = indexByAccount[String(account[..<at])] {
            return index
        }
        return PersonName(account).flatMap { indexByName[$0.key] }
    }

    /// Returns the member whose name matches a normalized name.
    func member(named name: PersonName) -> Int? {
        indexByName[name.key]
    }
}
