import Testing

@testable import EvidentReview

@Suite("timestamps from bytes")
struct TimestampBytesTests {
    private func parse(_ text: String) -> TimestampBytes.Parsed? {
        var text = text
        return text.withUTF8 { TimestampBytes.parse($0) }
    }

    @Test("ISO 8601 with offset")
    func isoWithOffset() throws {
        let parsed = try #require(parse("2026-11-03T14:22:05.123-06:00"))

        #expect(parsed.offset == -21_600)
        #expect(parsed.utc == Int64(1_793_737_325))
    }

    @Test("ISO 8601 in UTC")
    func isoUTC() throws {
        let parsed = try #require(parse("2020-11-13T18:22:07.978Z"))

        #expect(parsed.utc == 1_605_291_727)
    }

    @Test("local time without offset")
    func localTime() throws {
        let parsed = try #require(parse("2026-11-03 14:22:05"))

        #expect(parsed.offset == nil)
        #expect(parsed.wallClock == 1_793_715_725)
    }

    @Test("United States form with PM")
    func unitedStatesAfternoon() throws {
        let parsed = try #require(parse("11/3/2026 2:22:05 PM"))

        #expect(parsed.wallClock == 1_793_715_725)
    }

    @Test("12 AM is midnight")
    func midnight() throws {
        let parsed = try #require(parse("11/03/2026 12:00 AM"))

        #expect(parsed.wallClock == 1_793_750_400 - 86_400)
    }

    @Test("invalid text is rejected")
    func invalidText() {
        #expect(parse("yesterday") == nil)
        #expect(parse("2026-13-01") == nil)
        #expect(parse("2026-11-03T25:00:00Z") == nil)
    }
}

extension TimestampBytes.Parsed: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.wallClock == rhs.wallClock && lhs.offset == rhs.offset
    }
}
