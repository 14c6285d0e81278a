/// Walks the lines of a text one at a time, so a log of millions of lines is read without an array
/// of all its lines beside the text itself.
enum TextLines {
    /// Calls `body` with each line (without its line break) and its 1-based number. `\n`, `\r\n` and
    /// `\r` all end a line, and a final line without a break is passed too.
    static func forEach(in text: String, _ body: (Substring, Int) -> Void) {
        var start = text.startIndex
        var number = 1
        while start < text.endIndex {
            let end = text[start...].firstIndex(where: \.isNewline) ?? text.endIndex
            body(text[start..<end], number)
            number += 1
            start = end < text.endIndex ? text.index(after: end) : end
        }
    }
}
