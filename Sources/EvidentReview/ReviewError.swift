/// An error that stops a log review. Each description names the file and, where it applies, the line
/// and value, with what to do.
public enum ReviewError: Error, Equatable, Sendable {
    /// The log file is missing, unreadable or not a regular file.
    case cannotOpen(path: String, reason: String)
    /// Reading the file failed part way.
    case cannotRead(path: String, reason: String)
    /// OpenSSL could not hash the file.
    case hashingFailed(path: String, reason: String)
    /// The file's format is not one the review reads.
    case unknownFormat(path: String)
    /// A CSV log lacks a column the review needs.
    case missingColumn(path: String, column: String, setting: String, header: String)
    /// A CSV export of a fixed layout, such as the Entra ID sign-in log, lacks a column the review needs.
    case missingExportColumn(path: String, column: String, header: String)
    /// The file is PowerShell `Export-Clixml` output, which serializes .NET objects rather than the
    /// events' XML.
    case clixmlExport(path: String)
    /// A setting names a time zone this system does not know.
    case unknownTimeZone(String, setting: String)
}

extension ReviewError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the log (\(reason)); check the path and its permissions."
        case .cannotRead(let path, let reason):
            "\(path): reading the log failed (\(reason)); check the disk and run the review again."
        case .hashingFailed(let path, let reason):
            "\(path): hashing the log failed: \(reason)."
        case .unknownFormat(let path):
            "\(path): not a log format the review reads (FHIR AuditEvent JSON or NDJSON, IHE ATNA XML, EHR access CSV, "
                + "Entra ID sign-ins, Microsoft 365 audit CSV or JSON, Windows Security events XML or JSON, Linux auth.log or auditd); "
                + "see docs/review.md."
        case .missingColumn(let path, let column, let setting, let header):
            "\(path):1: the header has no column '\(column)' (review.ehr_csv.columns.\(setting) in evident.yaml); "
                + "the header is: \(header)."
        case .missingExportColumn(let path, let column, let header):
            "\(path):1: the header has no column '\(column)'; export the log again without removing or "
                + "renaming columns. The header is: \(header)."
        case .clixmlExport(let path):
            "\(path): this is PowerShell Export-Clixml output, not Windows event XML; export the events with "
                + "'wevtutil qe Security /f:xml' or 'Get-WinEvent -LogName Security | ConvertTo-Json' instead."
        case .unknownTimeZone(let name, let setting):
            "unknown time zone '\(name)' in \(setting) of evident.yaml; use an IANA name such as America/Chicago."
        }
    }
}
