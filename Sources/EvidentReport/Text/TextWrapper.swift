/// Word wrapping for the terminal report, so long messages stay inside the report width.
enum TextWrapper {
    /// Splits `text` into lines of at most `width` characters, the first starting with `firstPrefix`
    /// and the rest with `prefix`.
    ///
    /// A word longer than a whole line (a long path, say) is kept whole on its own line rather than
    /// cut, so it can still be copied.
    static func wrap(_ text: String, width: Int, firstPrefix: String, prefix: String) -> [String] {
        var lines: [String] = []
        var current = firstPrefix
        var currentHasWord = false

        for word in text.split(whereSeparator: \.isWhitespace) {
            if currentHasWord && current.count + 1 + word.count > width {
                lines.append(current)
                current = prefix
                currentHasWord = false
            }
            current += (currentHasWord ? " " : "") + word
            currentHasWord = true
        }

        lines.append(current)
        return lines
    }
}
