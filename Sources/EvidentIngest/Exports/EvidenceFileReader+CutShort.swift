import EvidentCore

extension EvidenceFileReader {
    /// The formats read as CSV, whose records before the place a file was cut short are intact.
    static let csvFormats: Set<EvidenceFormat> = [
        .intuneDevices, .entraUsers, .entraMFARegistrationCSV, .activeDirectoryUsers, .veeamBackupSessions,
        .veeamEnterpriseManagerSessions, .accessList, .entraSignInsCSV, .testsslCSV, .googleWorkspaceUsers,
        .auditpolCSV, .veeamJobEncryption,
    ]

    /// Imports the records of a CSV export that precede the place it was cut short, with the reason to
    /// report. Returns `nil` for a file that was not cut short or has nothing before the break.
    ///
    /// A download or copy interrupted inside a quoted field leaves that field open at the end of the
    /// file. One interrupted between two fields leaves a last record with fewer fields than the header
    /// and no line break after it.
    ///
    /// - Parameter insideQuote: Which break to look for: inside a quoted field (`true`), for which
    ///   importers raise an error, or between two fields (`false`), which they read as a short record.
    func importBeforeBreak(
        format: EvidenceFormat, bytes: [UInt8], layout: UTF8Input.Layout, insideQuote: Bool
    ) -> (ImportedExport, String)? {
        guard Self.csvFormats.contains(format) else { return nil }

        let found = UTF8Input.withText(of: bytes, layout: layout) { buffer in Self.findBreak(in: buffer) }
        guard let found, found.isInsideQuote == insideQuote,
            let imported = try? importFacts(format: format, bytes: found.intact)
        else { return nil }
        return (imported, found.reason(imported.records))
    }

    // MARK: - Private

    /// The bytes before the place a CSV export was cut short, and the reason given the records read.
    private struct Break {
        let intact: [UInt8]
        let isInsideQuote: Bool
        let reason: (Int) -> String
    }

    private static func findBreak(in buffer: UnsafeBufferPointer<UInt8>) -> Break? {
        let headerEnd = buffer.firstIndex(of: UInt8(ascii: "\n")) ?? buffer.count
        let headerLine = String(decoding: UnsafeBufferPointer(rebasing: buffer[..<headerEnd]), as: UTF8.self)
        var scanner = CSVRecordScanner(delimiter: CSVParser.detectDelimiter(headerLine: Substring(headerLine)))

        var headerFields: Int?
        var lastFields = 0
        var lastLine = 0
        var records = 0
        let outcome = scanner.scan(buffer, isFinal: true) { view in
            records += 1
            lastFields = view.count
            lastLine = view.line
            // PowerShell's `#TYPE` line and Excel's `sep=` line come before the header.
            let first = view.string(at: 0)
            if headerFields == nil && !first.hasPrefix("#TYPE") && !first.lowercased().hasPrefix("sep=") {
                headerFields = view.count
            }
        }
        let intact = Array(buffer[..<scanner.startOfLastRecord])

        switch outcome {
        case .unterminatedQuote(let line):
            guard records >= 2 else { return nil }
            return Break(intact: intact, isInsideQuote: true) { read in
                "a quoted field opened on line \(line) never ends, so the file is cut short there; "
                    + "the \(read) records before it were read"
            }
        case .consumed:
            guard buffer.last != UInt8(ascii: "\n"), let headerFields, records >= 3, lastFields < headerFields else {
                return nil
            }
            return Break(intact: intact, isInsideQuote: false) { read in
                "the last record, on line \(lastLine), has \(lastFields) of \(headerFields) fields and no line "
                    + "break ends the file, so the file is cut short there; the \(read) records before it were read"
            }
        }
    }
}
