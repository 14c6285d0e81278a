import EvidentReview

/// The findings of a log review as CSV, one row per finding, for spreadsheets and ticket imports.
///
/// Cells are made safe against spreadsheet formulas and quoted as RFC 4180 requires.
public enum ReviewCSV {
    /// The header row.
    public static let header = "severity,rule,user,subject,events,first_event,last_event,message,evidence"

    /// Renders the findings, most severe first, with a header row and CRLF line ends.
    public static func render(_ result: ReviewResult) -> String {
        var rows = [header]
        for finding in result.findings {
            let cells = [
                finding.severity.rawValue, finding.rule, finding.user, finding.subject ?? "",
                String(finding.eventCount),
                ReviewTime.iso8601(finding.firstTime), ReviewTime.iso8601(finding.lastTime), finding.message,
                finding.citations.map(\.description).joined(separator: " "),
            ]
            rows.append(cells.map(CSVField.encode).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}
