/// Reads the header names of CSV text without parsing its records.
enum CSVHeaderSniffer {
    /// Returns the header names, after a PowerShell `#TYPE` line and an Excel `sep=` line; empty when the
    /// header cannot be read.
    static func headerNames(of text: String) -> [String] {
        var prefixEnd = text.startIndex
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(where: \.isNewline) ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            prefixEnd = lineEnd
            let isDirective = line.hasPrefix("#TYPE") || line.lowercased().hasPrefix("sep=")
            let isBlank = line.allSatisfy(\.isWhitespace)
            if !isDirective && !isBlank { break }
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }

        guard let table = try? CSVTable(text: String(text[..<prefixEnd])) else { return [] }
        return table.header
    }
}
