import EvidentCore
import Foundation
import Testing

@testable import EvidentReport

@Suite struct TrendChartTests {
    static func snapshot(_ runID: Int64, _ day: Int, technicalPassed: Int) -> PostureSnapshot {
        PostureSnapshot(
            runID: runID, asOf: CalendarDay(year: 2026, month: 3, day: day)!,
            recordedAt: Date(timeIntervalSince1970: Double(runID) * 1_000),
            posture: [
                CategoryPosture(
                    category: .administrative, passed: 1, failed: 1, insufficientEvidence: 0, notApplicable: 0),
                CategoryPosture(
                    category: .technical, passed: technicalPassed, failed: 4 - technicalPassed,
                    insufficientEvidence: 0, notApplicable: 1),
            ])
    }

    @Test func oneRunDrawsNoChart() {
        let html = HTMLReport.render(ReportFixtures.assessment(), history: [Self.snapshot(1, 1, technicalPassed: 1)])

        #expect(!html.contains("<svg"))
        #expect(html == HTMLReport.render(ReportFixtures.assessment()))
    }

    @Test func twoRunsDrawOneLinePerCategory() {
        let history = [Self.snapshot(1, 1, technicalPassed: 1), Self.snapshot(2, 31, technicalPassed: 3)]

        let html = HTMLReport.render(ReportFixtures.assessment(), history: history)

        #expect(html.contains("<h2>Posture over time</h2>"))
        #expect(html.components(separatedBy: "<polyline").count - 1 == 2)
        // Technical: 25% on the left edge, 75% on the right edge of the plot.
        #expect(html.contains(#"points="44,169 560,67""#))
        // Administrative: 50% on both runs.
        #expect(html.contains(#"points="44,118 560,118""#))
        #expect(html.contains(">2026-03-01</text>"))
        #expect(html.contains(">2026-03-31</text>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://"))
    }

    @Test func trendTableShowsPassedOfApplicable() throws {
        let history = [Self.snapshot(1, 1, technicalPassed: 1), Self.snapshot(2, 31, technicalPassed: 3)]

        let text = PostureTrendListing.renderText(history)

        let lines = text.split(separator: "\n").map(String.init)
        try #require(lines.count == 4)
        #expect(lines[0].hasPrefix("CATEGORY"))
        #expect(lines[0].hasSuffix("run 1      run 2"))
        #expect(lines[1].hasSuffix("2026-03-01 2026-03-31"))
        #expect(lines[2].hasPrefix("Administrative safeguards (164.308)"))
        #expect(lines[2].hasSuffix("1/2        1/2"))
        #expect(lines[3].hasPrefix("Technical safeguards (164.312)"))
        #expect(lines[3].hasSuffix("1/4        3/4"))
    }
}
