import EvidentCatalog
import EvidentCore
import EvidentRisk

/// The auditor's report: one self-contained, printable HTML file.
///
/// It contains the header and totals, the posture table, the findings by priority with their fixes
/// and evidence, every check result with its lifecycle, and the evidence files with their SHA-256.
/// The CSS is inline, there are no scripts and no external resources, and every value is
/// HTML-escaped. Citations carry their titles from the Security Rule catalog. The output holds no
/// clock time, so equal assessments give byte-identical files.
public enum HTMLReport {
    /// Renders an assessment as an HTML document.
    ///
    /// - Parameters:
    ///   - assessment: The assessment to show.
    ///   - catalog: Where citation titles come from; the shipped catalog unless a test passes another.
    ///   - history: The organization's posture over its stored runs, oldest first; with two or more
    ///     runs the report shows a trend chart after the posture table.
    ///   - risk: The risk analysis of the same assessment, shown as a heat map after the findings;
    ///     `nil` for none.
    /// - Returns: A complete HTML5 document ending with a newline.
    public static func render(
        _ assessment: Assessment, catalog: SecurityRuleCatalog = .shipped, history: [PostureSnapshot] = [],
        risk: RiskAnalysis? = nil
    ) -> String {
        let builder = HTMLReportBuilder(assessment: assessment, catalog: catalog)
        let organization = HTMLText.escape(assessment.organization.name)
        let chart = TrendChart.section(history)
        let trend = chart.isEmpty ? "" : "\n" + chart
        let heatMap = risk.map { "\n" + RiskHeatMap.section($0) } ?? ""

        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>HIPAA Security Rule assessment: \(organization), \(assessment.asOf)</title>
            <style>
            \(HTMLStylesheet.css)
            </style>
            </head>
            <body>
            \(builder.header())
            \(builder.postureSection() + trend)
            \(builder.findingsSection() + heatMap)
            \(builder.requirementsSections())
            \(builder.resultsSection())
            \(builder.evidenceSection())
            \(builder.footer())
            </body>
            </html>

            """
    }
}
