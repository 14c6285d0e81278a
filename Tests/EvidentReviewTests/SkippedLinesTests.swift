import Testing

@testable import EvidentReview

@Suite("Skipped lines")
struct SkippedLinesTests {
    @Test("counts every skipped line and keeps where the first five start")
    func keepsFirstFive() {
        var skipped = SkippedLines()

        for line in stride(from: 10, through: 80, by: 10) { skipped.add(line: line) }

        #expect(skipped.count == 8)
        #expect(skipped.firstLines == [10, 20, 30, 40, 50])
    }

    @Test("an NDJSON line that is not an AuditEvent is named by its line number")
    func ndjsonLineNumbers() throws {
        let fixture = try ReviewFixture()
        let event =
            #"{"resourceType":"AuditEvent","recorded":"2026-11-03T15:00:00Z","agent":[{"who":{"identifier":{"value":"jkim"}},"requestor":true}]}"#
        let path = try fixture.write("audit.ndjson", "\(event)\n{\"resourceType\":\"Patient\"}\n\n\(event)\n{broken\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        let source = try #require(result.sources.first)
        #expect(source.events == 2)
        #expect(source.skippedLines == [2, 5])
    }
}
