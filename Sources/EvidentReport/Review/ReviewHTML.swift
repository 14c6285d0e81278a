import EvidentReview

/// A log review as one self-contained, printable HTML page: the logs read with their hashes, the
/// counts by severity, and a table of the findings with their evidence.
public enum ReviewHTML {
    /// Renders a review result.
    public static func render(_ result: ReviewResult) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Log review</title>
            <style>\(HTMLStylesheet.css)</style>
            </head>
            <body>
            <h1>Log review</h1>

            """
        let period = result.firstEvent.map {
            "\(ReviewTime.iso8601($0)) to \(ReviewTime.iso8601(result.lastEvent ?? $0))"
        }
        html += "<p>\(result.eventCount) events\(period.map { ", \(HTMLText.escape($0))" } ?? "").</p>\n"

        html += "<h2>Logs</h2>\n<table>\n<tr><th>path</th><th>format</th><th>events</th><th>SHA-256</th></tr>\n"
        for source in result.sources {
            html += "<tr><td>\(HTMLText.escape(source.path))</td><td>\(source.format)</td>"
            html += "<td>\(source.events)</td><td><code>\(source.sha256)</code></td></tr>\n"
        }
        html += "</table>\n"

        html += "<h2>Findings</h2>\n<table>\n"
        html += "<tr><th>severity</th><th>rule</th><th>user</th><th>what happened</th><th>evidence</th></tr>\n"
        for finding in result.findings {
            let evidence = finding.citations.map { HTMLText.escape($0.description) }.joined(separator: "<br>")
            html += "<tr><td>\(finding.severity.rawValue)</td><td>\(finding.rule)</td>"
            html += "<td>\(HTMLText.escape(finding.user))</td><td>\(HTMLText.escape(finding.message))</td>"
            html += "<td>\(evidence)</td></tr>\n"
        }
        html += "</table>\n"
        for note in result.notes { html += "<p>Note: \(HTMLText.escape(note))</p>\n" }
        return html + "</body>\n</html>\n"
    }
}
