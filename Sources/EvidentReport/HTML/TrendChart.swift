import EvidentCore

/// The posture trend of the HTML report: an inline SVG line chart of the share of applicable checks
/// that pass, per safeguard category, over an organization's runs.
///
/// The SVG has fixed coordinates, no scripts and no external resources, and holds no clock time,
/// so equal history gives byte-identical markup.
enum TrendChart {
    /// The chart's size in SVG user units.
    static let width = 720
    static let height = 260

    /// Renders the chart section, or an empty string when there are fewer than two runs to join.
    static func section(_ history: [PostureSnapshot]) -> String {
        guard history.count >= 2 else { return "" }

        let categories = SafeguardCategory.allCases.filter { category in
            history.contains { $0.posture(of: category).map { $0.applicable > 0 } ?? false }
        }
        let lines = categories.map { line(for: $0, history) }.joined(separator: "\n")
        let legend = categories.enumerated().map { index, category in
            let y = 24 + index * 18
            return
                "<rect x=\"\(plotRight + 16)\" y=\"\(y - 9)\" width=\"10\" height=\"10\" fill=\"\(color(category))\"/>"
                + "<text x=\"\(plotRight + 32)\" y=\"\(y)\">\(HTMLText.escape(shortTitle(category)))</text>"
        }
        .joined(separator: "\n")

        return """
            <section>
            <h2>Posture over time</h2>
            <p class="meta">Share of applicable checks that pass, per safeguard category, over the last \
            \(history.count) runs.</p>
            <svg class="trend" role="img" aria-label="Posture over time" viewBox="0 0 \(width) \(height)" \
            width="\(width)" height="\(height)" font-size="11">
            \(axes(history))
            \(lines)
            \(legend)
            </svg>
            </section>
            """
    }

    // MARK: - Private

    private static let plotLeft = 44
    private static let plotRight = 560
    private static let plotTop = 16
    private static let plotBottom = 220

    private static func x(_ index: Int, of count: Int) -> Int {
        plotLeft + (plotRight - plotLeft) * index / max(count - 1, 1)
    }

    private static func y(_ percent: Int) -> Int {
        plotBottom - (plotBottom - plotTop) * percent / 100
    }

    private static func axes(_ history: [PostureSnapshot]) -> String {
        var parts: [String] = []
        for percent in stride(from: 0, through: 100, by: 25) {
            parts.append(
                "<line x1=\"\(plotLeft)\" y1=\"\(y(percent))\" x2=\"\(plotRight)\" y2=\"\(y(percent))\" stroke=\"#d7dbe3\"/>"
                    + "<text x=\"\(plotLeft - 6)\" y=\"\(y(percent) + 4)\" text-anchor=\"end\">\(percent)%</text>")
        }
        for (index, snapshot) in history.enumerated() {
            parts.append(
                "<text x=\"\(x(index, of: history.count))\" y=\"\(plotBottom + 18)\" text-anchor=\"middle\">"
                    + "\(snapshot.asOf)</text>")
        }
        return parts.joined(separator: "\n")
    }

    private static func line(for category: SafeguardCategory, _ history: [PostureSnapshot]) -> String {
        let points = history.enumerated().compactMap { index, snapshot -> String? in
            guard let posture = snapshot.posture(of: category), posture.applicable > 0 else { return nil }
            return "\(x(index, of: history.count)),\(y(posture.passed * 100 / posture.applicable))"
        }
        let color = color(category)
        let dots = points.map { point in
            let parts = point.split(separator: ",")
            return "<circle cx=\"\(parts[0])\" cy=\"\(parts[1])\" r=\"3\" fill=\"\(color)\"/>"
        }
        return
            "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>"
            + dots.joined()
    }

    private static func color(_ category: SafeguardCategory) -> String {
        switch category {
        case .general: "#5b6475"
        case .administrative: "#1d4ed8"
        case .physical: "#a16207"
        case .technical: "#b91c1c"
        case .organizational: "#166534"
        case .documentation: "#7c3aed"
        }
    }

    private static func shortTitle(_ category: SafeguardCategory) -> String {
        switch category {
        case .general: "General (306)"
        case .administrative: "Administrative (308)"
        case .physical: "Physical (310)"
        case .technical: "Technical (312)"
        case .organizational: "Organizational (314)"
        case .documentation: "Documentation (316)"
        }
    }
}
