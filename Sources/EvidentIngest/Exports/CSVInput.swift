import EvidentCore

/// Turns an export's text into a CSV table, with errors that name the file.
enum CSVInput {
    /// Parses the text and checks that the header has every required column.
    ///
    /// - Parameter required: Groups of alternative spellings; each group needs one of its names.
    /// - Throws: `EvidenceError.malformed` for broken CSV, `.missingColumns` for a missing column.
    static func table(_ text: String, path: String, required: [[String]]) throws(EvidenceError) -> CSVTable {
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch {
            switch error {
            case .unterminatedQuote(let line):
                throw .malformed(
                    path: path, line: line, column: nil,
                    reason: "a quoted field that starts on this line never ends; the file is probably truncated, "
                        + "so export it again")
            }
        }

        let missing = required.filter { names in !names.contains { table.hasColumns([$0]) } }
        guard missing.isEmpty else {
            throw .missingColumns(path: path, columns: missing.compactMap(\.first))
        }
        return table
    }
}
