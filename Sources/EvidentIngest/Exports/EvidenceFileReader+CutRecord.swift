import EvidentCore

extension EvidenceFileReader {
    /// Imports the records of a CSV export that precede a last record cut short between two fields.
    /// A download or copy interrupted outside a quoted field looks like this: the last record has
    /// fewer fields than the header and no line break ends the file. Returns `nil` for any other file.
    ///
    /// A file that ends with a line break is never scanned, so the check costs nothing for whole
    /// exports.
    func importBeforeCutLastRecord(
        format: EvidenceFormat, bytes: [UInt8], layout: UTF8Input.Layout
    ) -> (ImportedExport, String)? {
        guard Self.csvFormats.contains(format), let last = bytes.last, last != UInt8(ascii: "\n") else { return nil }

        let cut = UTF8Input.withText(of: bytes, layout: layout) { buffer in Self.cutLastRecord(in: buffer) }
        guard let cut, let imported = try? importFacts(format: format, bytes: cut.intact) else { return nil }
        let reason =
            "the last record, on line \(cut.line), has \(cut.fields) of \(cut.headerFields) fields and no line "
            + "break ends the file, so the file is cut short there; the \(imported.records) records before it "
            + "were read"
        return (imported, reason)
    }

    // MARK: - Private

    /// The bytes before a last record that has fewer fields than the header, with that record's line
    /// and field counts.
    private struct CutRecord {
        let intact: [UInt8]
        let line: Int
        let fields: Int
        let headerFields: Int
    }

    private static func cutLastRecord(in buffer: UnsafeBufferPointer<UInt8>) -> CutRecord? {
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

        guard case .consumed = outcome, let headerFields, records >= 3, lastFields < headerFields else { return nil }
        return CutRecord(
            intact: Array(buffer[..<scanner.startOfLastRecord]), line: lastLine, fields: lastFields,
            headerFields: headerFields)
    }
}
