import EvidentCore
import FoundationEssentials
import Testing

@Suite struct CalendarDayTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("2000-03-01", 11_017), ("2024-02-29", 19_782), ("1969-12-31", -1),
    ])
    func daysSinceEpoch(text: String, days: Int) throws {
        let day = try #require(CalendarDay(iso8601: text))

        #expect(day.daysSinceEpoch == days)
        #expect(day.adding(days: 0) == day)
        #expect(day.description == text)
    }

    @Test(arguments: ["2025-02-29", "2026-13-01", "2026-04-31", "26-01-01", "2026-1-01", "2026/01/01", ""])
    func invalidDatesAreRejected(text: String) {
        #expect(CalendarDay(iso8601: text) == nil)
    }

    @Test func roundTripsThroughInstants() throws {
        let day = try #require(CalendarDay(year: 2026, month: 11, day: 30))

        #expect(CalendarDay(containing: day.start) == day)
        #expect(CalendarDay(containing: day.end.addingTimeInterval(-1)) == day)
        #expect(CalendarDay(containing: day.end) == day.adding(days: 1))
        #expect(day.end.timeIntervalSince(day.start) == 86_400)
    }

    @Test func daysBetweenCountsAcrossLeapYears() throws {
        let start = try #require(CalendarDay(iso8601: "2023-11-30"))
        let end = try #require(CalendarDay(iso8601: "2024-11-30"))

        #expect(start.days(to: end) == 366)
        #expect(end.days(to: start) == -366)
        #expect(start < end)
    }

    @Test func codableUsesISOText() throws {
        let day = try #require(CalendarDay(iso8601: "2026-07-04"))

        let data = try JSONEncoder().encode([day])

        #expect(String(decoding: data, as: UTF8.self) == "[\"2026-07-04\"]")
        #expect(try JSONDecoder().decode([CalendarDay].self, from: data) == [day])
    }
}

@Suite struct CalendarDayExpectationTests {
    @Test(arguments: ["2026-02-30", "2026-13-01", "2025-02-29"])
    func isoShapedTextNamesTheCalendar(text: String) {
        #expect(CalendarDay.expectation(forInvalid: text).hasPrefix("a day that exists in the calendar"))
    }

    @Test(arguments: ["2/3/2026", "2026-2-03", "20260203", "2026-02-3x"])
    func otherTextNamesTheForm(text: String) {
        #expect(CalendarDay.expectation(forInvalid: text) == "a date as YYYY-MM-DD")
    }
}
