/// PostgreSQL's `COPY` text format: one line per row, columns separated by tabs, `\N` for NULL.
enum CopyText {
    /// Appends one row, escaping the characters the format reserves.
    static func append(_ row: [DatabaseValue], to buffer: inout String) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.append("\t") }
            switch value {
            case .null:
                buffer.append("\\N")
            case .integer(let number):
                buffer.append(String(number))
            case .text(let text):
                appendEscaped(text, to: &buffer)
            }
        }
        buffer.append("\n")
    }

    // MARK: - Private

    private static func appendEscaped(_ text: String, to buffer: inout String) {
        // Most values need no escape; copy them whole.
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            buffer.append(text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": buffer.append("\\\\")
            case "\t": buffer.append("\\t")
            case "\n": buffer.append("\\n")
            case "\r": buffer.append("\\r")
            default: buffer.unicodeScalars.append(scalar)
            }
        }
    }
}
