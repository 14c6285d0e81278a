import EvidentCore

/// The workforce roster indexed the ways logs name people: by sign-in name, e-mail, employee id and
/// full name, all case-insensitive.
struct WorkforceDirectory {
    /// The roster.
    let members: [WorkforceMember]
    /// Each member's normalized name, by index in `members`.
    let names: [PersonName?]
    private let indexByAccount: [String: Int]
    /// The normalized names of members; an id's member is `memberByName[id]`.
    private let nameKeys: SymbolTable
    private let memberByName: [Int]

    /// Indexes a roster. When two members share a key, the first one in the file wins.
    init(_ members: [WorkforceMember]) {
        self.members = members
        self.names = members.map { PersonName($0.name) }

        var byAccount: [String: Int] = [:]
        var nameKeys = SymbolTable(foldsCase: true)
        var memberByName: [Int] = []
        for (index, member) in members.enumerated() {
            for key in [member.username, member.email, member.employeeID].compactMap({ $0?.lowercased() }) {
                byAccount[key] = byAccount[key] ?? index
            }
            if let name = names[index] {
                let id = name.key.withUnsafeBufferPointer { nameKeys.intern($0) }
                if Int(id) == memberByName.count { memberByName.append(index) }
            }
        }
        self.indexByAccount = byAccount
        self.nameKeys = nameKeys
        self.memberByName = memberByName
    }

    /// Returns each member's index by the comparison key of their home address; when two members share
    /// a home, the first in the roster is kept.
    static func membersByAddress(_ members: [WorkforceMember]) -> [String: Int32] {
        var index: [String: Int32] = [:]
        for (position, member) in members.enumerated() {
            guard let key = member.address.flatMap(PostalAddress.key), index[key] == nil else { continue }
            index[key] = Int32(position)
        }
        return index
    }

    /// Returns the member an account name in a log belongs to: the account itself, the part after a
    /// `DOMAIN\` prefix, the part before `@`, or a full name.
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
        return PersonName(account).flatMap { member(named: $0) }
    }

    /// Returns the member whose name matches a normalized name.
    func member(named name: PersonName) -> Int? {
        let id = name.key.withUnsafeBufferPointer { nameKeys.lookup($0) }
        return id >= 0 ? memberByName[Int(id)] : nil
    }
}
