/// What the engine knows about one account, resolved once when the account first appears.
struct UserProfile {
    /// The roster member's index, or -1 when the account matches no member.
    var member: Int32 = -1
    /// The member's last day of work as a day number since 1970-01-01, or `Int64.max`.
    var endDay = Int64.max
    /// The member's surname id in the engine's surname table, or -1.
    var surname: Int32 = -1
}

/// What the engine knows about one patient name, resolved once when the name first appears.
struct NameProfile {
    /// The roster member with this name, or -1.
    var member: Int32 = -1
    /// The surname id in the engine's surname table, or -1 for a name that could not be split.
    var surname: Int32 = -1
}
