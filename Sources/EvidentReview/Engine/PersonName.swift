/// A person's name reduced to what matching needs: `first last` and the surname, lowercased, from
/// either `First Middle Last` or `Last, First Middle`.
struct PersonName: Hashable {
    /// The first and last name joined by one space.
    var key: String
    /// The last name.
    var surname: String

    /// Normalizes a name, or returns `nil` when it has no letters.
    init?(_ text: String) {
        let lowered = text.lowercased()
        let words: [Substring]
        var surname: Substring
        var first: Substring
        if let comma = lowered.firstIndex(of: ",") {
            surname = lowered[..<comma].split(separator: " ").last ?? ""
            words = lowered[lowered.index(after: comma)...].split(separator: " ")
            first = words.first ?? ""
        } else {
            words = lowered.split(separator: " ")
            guard let last = words.last, let head = words.first, words.count >= 2 else { return nil }
            (first, surname) = (head, last)
        }
        surname = surname.filter { $0.isLetter || $0 == "-" || $0 == "'" }[...]
        guard !surname.isEmpty, !first.isEmpty else { return nil }
        self.key = "\(first) \(surname)"
        self.surname = String(surname)
    }
}
