import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("ISOInstantFastPath")
struct DatesISOInstantFastPathTests {
    @Test func readsWholeAndFractionalSeconds() {
        #expect(ISOInstantFastPath.parse("2026-11-28T08:19:41Z") == ExportsFixtureDate.utc(2026, 11, 28, 8, 19, 41))
        #expect(
            ISOInstantFastPath.parse("2024-02-29T23:59:59.25Z") == ExportsFixtureDate.utc(2024, 2, 29, 23, 59, 59.25))
        #expect(
            ISOInstantFastPath.parse("2007-01-09T09:41:00.535404056Z")
                == TimestampParser(locale: .enUS).parse(Substring("2007-01-09T09:41:00.535404056Z")).date)
    }

    @Test func leavesOtherFormsToTheGeneralParser() {
        for text in [
            "2026-02-30T00:00:00Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-11-28 08:19:41Z",
            "2026-11-28T08:19:41+01:00", "2026-11-28T08:19:41.Z", "2026-11-28T24:00:00Z", "x026-11-28T08:19:41Z",
        ] {
            #expect(ISOInstantFastPath.parse(text) == nil, "\(text)")
        }
    }

    @Test func generalParserStillReportsInvalidDays() {
        let parsed = TimestampParser(locale: .enUS).parse("2026-02-30T00:00:00Z")

        guard case .invalid = parsed else {
            Issue.record("expected invalid, got \(parsed)")
            return
        }
    }
}
