/// One CSV cell, made safe for spreadsheets and quoted by RFC 4180.
enum CSVField {
    /// The first characters that make a spreadsheet read a cell as a formula, with tab and carriage
    /// return, which some spreadsheets strip before deciding.
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// Returns `value` as a CSV field.
    ///
    /// A value starting with a formula trigger gets a leading apostrophe, so a spreadsheet shows it
    /// as text instead of running it (CSV injection). A value containing a comma, quote, carriage
    /// return or line feed is quoted, with inner quotes doubled.
    static func encode(_ value: String) -> String {
        // Scalars, not Characters: Swift treats "\r\n" as one Character that equals neither "\r" nor "\n".
        var text = value
        if let first = text.unicodeScalars.first, formulaTriggers.contains(first) {
            text = "'" + text
        }

        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
