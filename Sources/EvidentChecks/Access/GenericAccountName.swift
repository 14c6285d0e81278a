/// Recognizes account names that name a role or a place instead of a person, such as `frontdesk`,
/// `front.desk` or `nurse2`, which several people tend to share.
enum GenericAccountName {
    /// The generic words: a name whose letters spell one of them, optionally followed by digits or
    /// separators, is generic.
    static let words: Set<String> = [
        "frontdesk", "reception", "nurse", "admin", "administrator", "scheduler", "billing", "lab", "pharmacy",
        "shared", "temp", "test", "user", "guest", "doctor", "provider", "triage", "kiosk", "office", "staff",
        "clinic", "checkin", "intake", "ma", "rn",
    ]

    /// Returns whether a name (a username or the local part of a UPN) is generic.
    ///
    /// Trailing digits and separators (`.`, `-`, `_`, space) are dropped, separators inside the name
    /// are removed, and what is left must be letters only and one of `words`.
    static func isGeneric(_ name: String) -> Bool {
        var text = Substring(name.comparisonKey)
        while let last = text.last, last.isNumber || isSeparator(last) {
            text = text.dropLast()
        }
        let letters = String(text.filter { !isSeparator($0) })
        guard !letters.isEmpty, letters.allSatisfy({ $0.isLetter }) else { return false }
        return words.contains(letters)
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character == "." || character == "-" || character == "_" || character == " "
    }
}
