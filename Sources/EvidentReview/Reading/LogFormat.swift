#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The log formats the review reads, detected from their first bytes.
enum LogFormat: String {
    /// FHIR AuditEvents, one JSON object per line.
    case fhirNDJSON = "fhir-ndjson"
    /// A FHIR AuditEvent, Bundle or array of AuditEvents as one JSON document.
    case fhirJSON = "fhir-json"
    /// An EHR access log CSV read through the column mapping.
    case ehrCSV = "ehr-csv"
    /// A Linux `auth.log` or `secure` syslog file.
    case authLog = "auth-log"
    /// A Linux auditd log.
    case auditdLog = "auditd-log"
    /// An Entra ID sign-in log CSV downloaded from the portal.
    case entraSignInCSV = "entra-sign-in-csv"
    /// Windows Security events as XML, from `wevtutil` or Event Viewer.
    case windowsEventXML = "windows-event-xml"
    /// Windows Security events as JSON lines.
    case windowsEventJSON = "windows-event-json"
    /// Entra ID sign-ins as Microsoft Graph or portal JSON.
    case entraSignInJSON = "entra-sign-in-json"
    /// IHE ATNA / DICOM audit messages as XML.
    case atnaXML = "atna-xml"
    /// The Microsoft 365 unified audit log as CSV, with each record's JSON in `AuditData`.
    case microsoft365AuditCSV = "m365-audit-csv"
    /// The Microsoft 365 unified audit log as JSON: Management Activity API records, the Purview JSON
    /// export or `Search-UnifiedAuditLog | ConvertTo-Json`.
    case microsoft365AuditJSON = "m365-audit-json"

    /// The bytes read to tell formats apart.
    static let sniffSize = 64 * 1024

    /// Detects the format of a file from its first bytes.
    ///
    /// - Throws: `ReviewError.unknownFormat` when no reader fits, and `cannotOpen` for an unreadable
    ///   file.
    static func detect(path: String) throws(ReviewError) -> LogFormat {
        let head = try firstBytes(of: path)
        var start = 0
        if head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF { start = 3 }
        while start < head.count
            && (head[start] == 0x20 || head[start] == 0x0A || head[start] == 0x0D || head[start] == 0x09)
        {
            start += 1
        }
        guard start < head.count else { throw .unknownFormat(path: path) }

        let text = String(decoding: head[start...], as: UTF8.self)
        let firstLine = text.prefix { $0 != "\n" }.trimmingSuffix(while: { $0 == "\r" || $0 == " " })
        if head[start] == UInt8(ascii: "<") {
            if ATNAMessageParser.matches(text) { return .atnaXML }
            // Export-Clixml output may quote the event XML inside its strings, so it is told apart first.
            if text.contains("<Objs") && text.contains("schemas.microsoft.com/powershell/2004/04") {
                throw .clixmlExport(path: path)
            }
            guard WindowsEventXMLParser.matches(text) else { throw .unknownFormat(path: path) }
            return .windowsEventXML
        }
        if head[start] == UInt8(ascii: "{") || head[start] == UInt8(ascii: "[") {
            if head[start] == UInt8(ascii: "{") && WindowsEventJSONParser.matches(firstLine) {
                return .windowsEventJSON
            }
            if EntraSignInJSONParser.matches(text) {
                return .entraSignInJSON
            }
            if UnifiedAuditRecordParser.matches(text) {
                return .microsoft365AuditJSON
            }
            guard text.contains("\"resourceType\"") else { throw .unknownFormat(path: path) }
            let isWholeObject = head[start] == UInt8(ascii: "{") && firstLine.hasSuffix("}")
            return isWholeObject && !firstLine.contains("\"Bundle\"") ? .fhirNDJSON : .fhirJSON
        }
        if AuditdLogParser.matches(firstLine) {
            return .auditdLog
        }
        if AuthLogParser.matches(firstLine) {
            return .authLog
        }
        if EntraSignInCSVReader.matches(firstLine) {
            return .entraSignInCSV
        }
        // The Microsoft 365 unified audit log is a CSV with its JSON in an AuditData column.
        if firstLine.contains("AuditData") {
            return .microsoft365AuditCSV
        }
        // Without AuditData an audit log export has no record details, and reading it as an EHR log
        // would only fail on the EHR column mapping.
        if firstLine.contains("CreationDate") && (firstLine.contains("Operation") || firstLine.contains("RecordType")) {
            throw .missingExportColumn(path: path, column: "AuditData", header: String(firstLine))
        }
        if firstLine.contains(",") || firstLine.contains(";") || firstLine.contains("\t") || firstLine.contains("|") {
            return .ehrCSV
        }
        throw .unknownFormat(path: path)
    }

    // MARK: - Private

    private static func firstBytes(of path: String) throws(ReviewError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: sniffSize)
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, sniffSize) }
        guard count >= 0 else { throw .cannotRead(path: path, reason: String(cString: strerror(errno))) }
        return Array(bytes.prefix(count))
    }
}

extension Substring {
    /// Returns the substring without trailing characters that match.
    fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
