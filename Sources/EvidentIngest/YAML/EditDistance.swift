/// The Levenshtein distance between two strings, counted in characters, used to suggest the key a
/// misspelled key was meant to be.
enum EditDistance {
    /// Returns the fewest single-character insertions, deletions and substitutions that turn one
    /// string into the other.
    static func between(_ first: String, _ second: String) -> Int {
        let first = Array(first)
        let second = Array(second)
        guard !first.isEmpty else { return second.count }
        guard !second.isEmpty else { return first.count }

        var previous = Array(0...second.count)
        var current = [Int](repeating: 0, count: second.count + 1)
        for (i, firstCharacter) in first.enumerated() {
            current[0] = i + 1
            for (j, secondCharacter) in second.enumerated() {
                let substitution = previous[j] + (firstCharacter == secondCharacter ? 0 : 1)
                current[j + 1] = min(substitution, previous[j + 1] + 1, current[j] + 1)
            }
            swap(&previous, &current)
        }
        return previous[second.count]
    }

    /// Returns the candidate closest to a word when it is within `maximum` edits and no other
    /// candidate is as close; `nil` otherwise.
    static func closest(to word: String, among candidates: [String], maximum: Int = 2) -> String? {
        let scored = candidates.map { (candidate: $0, distance: between(word, $0)) }.filter { $0.distance <= maximum }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let ties = scored.filter { $0.distance == best.distance }
        return ties.count == 1 ? best.candidate : nil
    }
}
