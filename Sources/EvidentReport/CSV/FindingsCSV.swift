import EvidentCore

/// Every finding of an assessment as CSV, one row per finding in priority order, for a spreadsheet
/// or a ticketing system import.
///
/// Columns: severity, kind, check, citations, subject_kind, subject_id, message, remediation,
/// evidence, state (`open` or `excepted`), exception (approver, expiry day and location of the
/// exception that accepts the finding; empty when none does). Citations and evidence references are joined with `; `. Rows end with CRLF and cells
/// are quoted as RFC 4180 specifies, and any cell that a spreadsheet would run as a formula is
/// neutralized with a leading apostrophe.
public enum FindingsCSV {
    /// The header row's column names.
    public static let columns = [
        "severity", "kind", "check", "citations", "subject_kind", "subject_id", "message", "remediation", "evidence",
        "state", "exception",
    ]

    /// Renders the findings of an assessment.
    ///
    /// - Returns: The header row and one row per finding, each ending with CRLF.
    public static func render(_ assessment: Assessment) -> String {
        var citationsByCheck: [String: [String]] = [:]
        for result in assessment.results {
            citationsByCheck[result.checkID, default: []] += result.citations
        }

        var rows = [columns]
        for finding in assessment.prioritizedFindings {
            rows.append([
                finding.severity.rawValue,
                finding.kind.rawValue,
                finding.checkID,
                citationsByCheck[finding.checkID, default: []].joined(separator: "; "),
                finding.subject.kind.rawValue,
                finding.subject.id,
                finding.message,
                finding.remediation,
                finding.evidence.map(\.description).joined(separator: "; "),
                finding.isExcepted ? "excepted" : "open",
                finding.exception.map(Self.describe) ?? "",
            ])
        }

        return rows.map { $0.map(CSVField.encode).joined(separator: ",") + "\r\n" }.joined()
    }

    /// Describes an exception as `approved by NAME, expires DAY (attestations.yaml:LINE)`.
    private static func describe(_ exception: FindingException) -> String {
        "approved by \(exception.approver), expires \(exception.expires) (\(exception.evidence))"
    }
}
