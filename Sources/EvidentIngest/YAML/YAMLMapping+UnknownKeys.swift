extension YAMLMapping {
    /// A key the reader does not know, which is ignored and reported as a warning.
    public struct UnknownKey: Hashable, Sendable {
        /// The key as written, with the keys that lead to its mapping.
        public var key: String
        /// The 1-based line of the key.
        public var line: Int
        /// The known key within two edits of this one, when exactly one is that close.
        public var suggestion: String?
    }

    /// Returns the keys of this mapping that are not among the known ones, in file order, each with a
    /// suggestion when it looks like a misspelled known key.
    public func unknownKeys(known: [String]) -> [UnknownKey] {
        let knownSet = Set(known)
        return entries.filter { !knownSet.contains($0.key) }.map { entry in
            let suggestion = EditDistance.closest(to: entry.key, among: known).map(qualified)
            return UnknownKey(key: qualified(entry.key), line: entry.line, suggestion: suggestion)
        }
    }
}
