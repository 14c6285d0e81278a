import EvidentCore

/// A CSV file of the workspace inventory read with errors that name the file, line and column, for
/// the registers people keep in a spreadsheet (`vendors.csv`, `workforce.csv`).
struct WorkspaceCSV {
    /// The path relative to the workspace, named in errors.
    let path: String
    /// The parsed table.
    let table: CSVTable

    /// Parses a CSV file's text and checks that its header has the required columns.
    ///
    /// - Parameters:
    ///   - text: The decoded file.
    ///   - path: The path named in errors.
    ///   - required: Columns the header must have.
    ///   - header: The full header line, shown in the error when columns are missing.
    init(_ text: String, path: String, required: [String], header: String) throws(WorkspaceError) {
        do {
            self.table = try CSVTable(text: text)
        } catch {
            switch error {
            case .unterminatedQuote(let line): throw .unterminatedQuote(path: path, line: line)
            }
        }
        self.path = path

        let missing = required.filter { !table.hasColumns([$0]) }
        guard missing.isEmpty else {
            throw .missingColumns(path: path, line: table.headerLine, columns: missing, expectedHeader: header)
        }
    }

    /// Returns the trimmed value of a column, which must not be empty.
    func required(_ record: CSVRecord, _ column: String, expected: String) throws(WorkspaceError) -> String {
        guard let value = record.value(column) else {
            throw .invalidValue(path: path, line: record.line, field: column, found: "empty", expected: expected)
        }
        return value
    }

    /// Returns a boolean written `true`/`false`, `yes`/`no`, `y`/`n` or `1`/`0` in any case; `nil`
    /// when the field is empty or the column is absent.
    func bool(_ record: CSVRecord, _ column: String) throws(WorkspaceError) -> Bool? {
        guard let value = record.value(column) else { return nil }
        switch value.lowercased() {
        case "true", "yes", "y", "1": return true
        case "false", "no", "n", "0": return false
        default:
            throw .invalidValue(
                path: path, line: record.line, field: column, found: quoted(value),
                expected: "true, false, yes, no, y, n, 1 or 0")
        }
    }

    /// Returns a boolean that must be present, in the spellings `bool` accepts.
    func requiredBool(_ record: CSVRecord, _ column: String) throws(WorkspaceError) -> Bool {
        guard let value = try bool(record, column) else {
            throw .invalidValue(path: path, line: record.line, field: column, found: "empty", expected: "true or false")
        }
        return value
    }

    /// Returns an ISO 8601 date; `nil` when the field is empty or the column is absent.
    func date(_ record: CSVRecord, _ column: String) throws(WorkspaceError) -> CalendarDay? {
        guard let value = record.value(column) else { return nil }
        guard let day = CalendarDay(iso8601: value) else {
            throw .invalidValue(
                path: path, line: record.line, field: column, found: quoted(value),
                expected: CalendarDay.expectation(forInvalid: value)
                    + " (spreadsheet programs may reformat dates; format the column as text)")
        }
        return day
    }

    /// Returns a value in double quotes for a message, shortened when long.
    func quoted(_ value: String) -> String {
        let text = value.count > 60 ? value.prefix(57) + "..." : Substring(value)
        return "\"" + text + "\""
    }
}
