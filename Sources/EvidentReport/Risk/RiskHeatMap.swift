import EvidentCore
import EvidentRisk

/// The risk section of the HTML report: an inline SVG heat map of residual likelihood against impact
/// with the number of risks per cell, and the highest risks of the register.
///
/// Each cell is coloured by its level of risk from Table I-2. The SVG has fixed coordinates, no
/// scripts and no external resources, so equal analyses give byte-identical markup.
enum RiskHeatMap {
    /// The side of one cell, in SVG user units.
    static let cell = 64
    /// The space left of the grid for likelihood labels, and below it for impact labels.
    static let margin = 96
    /// How many risks the table after the map lists.
    static let listedRisks = 10

    /// Renders the section.
    static func section(_ analysis: RiskAnalysis) -> String {
        let counts = analysis.heatMap()
        let width = margin + 5 * cell + 16
        let height = 5 * cell + 40
        let completeness =
            analysis.isComplete
            ? "All nine elements HHS expects are recorded."
            : "Incomplete: missing " + analysis.missingElements.map(\.title).joined(separator: ", ") + "."

        return """
            <section>
            <h2>Risk analysis</h2>
            <p class="meta">\(analysis.entries.count) risks over \(analysis.assets.count) assets as of \
            \(analysis.asOf), residual likelihood against impact. Each cell is coloured by its level of risk from \
            NIST SP 800-30 Rev. 1 Table I-2 and shows how many asset and threat pairs fall in it. \
            \(HTMLText.escape(completeness))</p>
            <svg class="heatmap" role="img" aria-label="Risk heat map" viewBox="0 0 \(width) \(height)" \
            width="\(width)" height="\(height)" font-size="11">
            \(grid(counts))
            \(labels())
            </svg>
            \(topRisks(analysis))
            </section>
            """
    }

    /// Returns the fill colour of a level of risk.
    static func color(_ level: RiskLevel) -> String {
        switch level {
        case .veryLow: "#d9ead3"
        case .low: "#b6d7a8"
        case .moderate: "#ffe599"
        case .high: "#f6b26b"
        case .veryHigh: "#e06666"
        }
    }

    // MARK: - Private

    private static func grid(_ counts: [[Int]]) -> String {
        var cells: [String] = []
        for likelihood in RiskLevel.allCases {
            for impact in RiskLevel.allCases {
                let x = margin + impact.rank * cell
                let y = (4 - likelihood.rank) * cell
                let level = RiskMatrix.level(likelihood: likelihood, impact: impact)
                let count = counts[likelihood.rank][impact.rank]
                cells.append(
                    "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell)\" fill=\"\(color(level))\" "
                        + "stroke=\"#ffffff\"><title>likelihood \(likelihood.title), impact \(impact.title): "
                        + "\(level.title), \(count) risks</title></rect>"
                        + "<text x=\"\(x + cell / 2)\" y=\"\(y + cell / 2 + 6)\" text-anchor=\"middle\" "
                        + "font-size=\"18\">\(count == 0 ? "" : String(count))</text>")
            }
        }
        return cells.joined(separator: "\n")
    }

    private static func labels() -> String {
        var labels: [String] = []
        for level in RiskLevel.allCases {
            let rowY = (4 - level.rank) * cell + cell / 2 + 4
            let columnX = margin + level.rank * cell + cell / 2
            labels.append("<text x=\"\(margin - 8)\" y=\"\(rowY)\" text-anchor=\"end\">\(level.title)</text>")
            labels.append(
                "<text x=\"\(columnX)\" y=\"\(5 * cell + 16)\" text-anchor=\"middle\">\(level.title)</text>")
        }
        labels.append("<text x=\"\(margin - 8)\" y=\"12\" text-anchor=\"end\" font-weight=\"600\">Likelihood</text>")
        labels.append(
            "<text x=\"\(margin + 5 * cell)\" y=\"\(5 * cell + 32)\" text-anchor=\"end\" font-weight=\"600\">Impact</text>"
        )
        return labels.joined(separator: "\n")
    }

    private static func topRisks(_ analysis: RiskAnalysis) -> String {
        let rows = analysis.entries.prefix(listedRisks).map { entry in
            let reasons = entry.factors.map(\.explanation).joined(separator: "; ")
            return """
                <tr><td>\(HTMLText.escape(entry.residualLevel.title))</td>\
                <td>\(HTMLText.escape(entry.threat.title))</td><td><code>\(HTMLText.escape(entry.asset.key))</code></td>\
                <td>\(HTMLText.escape(entry.residualLikelihood.title)) / \(HTMLText.escape(entry.impact.title))</td>\
                <td>\(HTMLText.escape(reasons.isEmpty ? "no check raised it" : reasons))</td></tr>
                """
        }
        guard !rows.isEmpty else { return "<p class=\"empty\">No asset in scope.</p>" }
        return """
            <table>
            <thead><tr><th>Residual risk</th><th>Threat</th><th>Asset</th><th>Likelihood / impact</th>\
            <th>Raised by</th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody>
            </table>
            """
    }
}
