extension YAMLMapping {
    /// Returns a warning for each key not among the known ones, as `path:line: message`, with a
    /// "did you mean" when the key is within two edits of exactly one known key.
    ///
    /// Unknown keys are warnings, not errors, so that a file written for a newer version of Evident
    /// still reads; the warning catches the typo that would otherwise silently drop a setting.
    func unknownKeyWarnings(known: [String]) -> [String] {
        unknownKeys(known: known).map { unknown in
            let advice =
                unknown.suggestion.map { "did you mean \"\($0)\"?" } ?? "check its spelling against docs/workspace.md."
            return "\(path):\(unknown.line): unknown key \"\(unknown.key)\" is ignored; \(advice)"
        }
    }
}
