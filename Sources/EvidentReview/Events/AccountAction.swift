/// The change an account event made to the account, when the log line records it, so a finding can name the
/// change rather than list every kind it might be.
enum AccountAction: UInt8, CaseIterable {
    /// The account was created.
    case created
    /// A disabled account was enabled.
    case enabled
    /// The account was disabled.
    case disabled
    /// The account was deleted.
    case deleted
    /// The account's password was changed or reset.
    case passwordChanged
    /// A locked-out account was unlocked.
    case unlocked
    /// Some other attribute changed, or the log does not say what.
    case changed

    /// The verb phrase that takes the account as its object, for example `changed the password of`.
    var verb: String {
        switch self {
        case .created: "created"
        case .enabled: "enabled"
        case .disabled: "disabled"
        case .deleted: "deleted"
        case .passwordChanged: "changed the password of"
        case .unlocked: "unlocked"
        case .changed: "changed"
        }
    }

    /// Joins the verbs of several actions in a fixed order, for example `created and deleted`.
    static func phrase(_ actions: Set<AccountAction>) -> String {
        let verbs = allCases.filter(actions.contains).map(\.verb)
        guard let last = verbs.last else { return AccountAction.changed.verb }
        guard verbs.count > 1 else { return last }
        return verbs.dropLast().joined(separator: ", ") + " and " + last
    }
}
