import EvidentCore
import EvidentReview

/// The terminal form of a log review: what was read, the counts by severity, then each finding with
/// the log lines it rests on.
public enum ReviewTextReport {
    /// Renders a review result.
    public static func render(_ result: ReviewResult) -> String {
        var lines: [String] = []
        let period = result.firstEvent.map { first in
            " from \(ReviewTime.iso8601(first)) to \(ReviewTime.iso8601(result.lastEvent ?? first))"
        }
        lines.append(
            "Log review: \(count(result.eventCount, "event")) in \(count(result.sources.count, "file"))\(period ?? "")."
        )
        for source in result.sources {
            var line = "  \(source.path) (\(source.format)): \(count(source.events, "event"))"
            if source.skipped > 0 { line += ", \(source.skipped) skipped" }
            lines.append(line + ", sha256 \(source.sha256)")
        }
        lines.append("")

        let counts = Severity.allCases.reversed().map { "\(result.count(of: $0)) \($0.rawValue)" }
        lines.append("Findings: \(result.findings.count) (\(counts.joined(separator: ", "))).")
        for finding in result.findings {
            lines.append("")
            let account = finding.user.isEmpty ? "(account not in the log)" : finding.user
            lines.append("\(finding.severity.rawValue.uppercased())  \(finding.rule)  \(account)")
            lines.append("  \(finding.message)")
            let span =
                finding.firstTime == finding.lastTime
                ? ReviewTime.iso8601(finding.firstTime)
                : "\(ReviewTime.iso8601(finding.firstTime)) to \(ReviewTime.iso8601(finding.lastTime))"
            lines.append("  \(count(finding.eventCount, "event")), \(span)")
            let more = finding.eventCount - finding.citations.count
            let cited = finding.citations.map(\.description).joined(separator: ", ")
            lines.append("  evidence: \(cited)\(more > 0 ? " and \(more) more" : "")")
        }
        if !result.notes.isEmpty {
            lines.append("")
            for note in result.notes { lines.append("Note: \(note)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Private

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
