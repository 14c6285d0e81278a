import Foundation

/// Reads the Microsoft 365 unified audit log as CSV, in any of its three layouts
/// (`Search-UnifiedAuditLog | Export-Csv`, the older compliance-centre export and the Purview export),
/// all of which carry each record as JSON in an `AuditData` column, found by name because its
/// position differs between layouts. `UnifiedAuditRecordParser` reads the JSON.
struct UnifiedAuditLogCSVReader: CSVLogReader {
    private let auditData: Int
    private var fields: [CSVFields.Field] = []

    /// Reads the header and finds the `AuditData` column.
    ///
    /// - Throws: `ReviewError.missingExportColumn` when there is no `AuditData` column, which detection
    ///   rules out; the check guards a reader made for another file.
    init(header: UnsafeBufferPointer<UInt8>, path: String) throws(ReviewError) {
        var header = header
        if header.count >= 3, header[0] == 0xEF, header[1] == 0xBB, header[2] == 0xBF {
            header = UnsafeBufferPointer(rebasing: header[3...])
        }
        CSVFields.split(header, delimiter: UInt8(ascii: ","), into: &fields)
        let names = fields.map { field in
            CSVFields.withValue(field, in: header) { String(decoding: $0, as: UTF8.self) }
                .trimmingCharacters(in: .whitespaces)
        }
        guard let auditData = names.firstIndex(of: "AuditData") else {
            throw .missingExportColumn(path: path, column: "AuditData", header: names.joined(separator: ","))
        }
        self.auditData = auditData
    }

    mutating func read(_ record: UnsafeBufferPointer<UInt8>, symbols: inout ReviewSymbols, event: inout LogEvent)
        -> TimestampBytes.Parsed?
    {
        CSVFields.split(record, delimiter: UInt8(ascii: ","), into: &fields)
        guard auditData < fields.count else { return nil }
        return CSVFields.withValue(fields[auditData], in: record) { json in
            UnifiedAuditRecordParser.parse(json, symbols: &symbols, event: &event)
        }
    }
}
