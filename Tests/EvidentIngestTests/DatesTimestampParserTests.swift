import EvidentCore
import Foundation
import Testing

@testable import EvidentIngest

@Suite("TimestampParser")
struct DatesTimestampParserTests {
    let us = TimestampParser(locale: .enUS)
    let gb = TimestampParser(locale: .enGB)

    @Test("ISO 8601 with 0 to 9 fraction digits")
    func isoFractions() {
        let cases: [(String, Date)] = [
            ("2007-01-09T09:41:00Z", ExportsFixtureDate.utc(2007, 1, 9, 9, 41)),
            ("2007-01-09T09:41:00.22Z", ExportsFixtureDate.utc(2007, 1, 9, 9, 41, 0.22)),
            ("2007-01-09T09:41:00.6816663Z", ExportsFixtureDate.utc(2007, 1, 9, 9, 41, 0.6816663)),
            ("2007-01-09T09:41:00.535404056Z", ExportsFixtureDate.utc(2007, 1, 9, 9, 41, 0.535404056)),
            ("2019-04-18T17:27:47.74Z", ExportsFixtureDate.utc(2019, 4, 18, 17, 27, 47.74)),
        ]
        for (text, expected) in cases {
            let date = us.parse(text).date
            #expect(date != nil, "\(text)")
            #expect(abs((date ?? .distantPast).timeIntervalSince(expected)) < 0.000_01, "\(text)")
        }
    }

    @Test("ISO 8601 offsets and no zone")
    func isoOffsets() {
        let expected = ExportsFixtureDate.utc(2007, 1, 9, 9, 41)
        #expect(us.parse("2007-01-09T11:41:00+02:00") == .instant(expected))
        #expect(us.parse("2007-01-09T09:41:00.000+00:00") == .instant(expected))
        #expect(us.parse("2007-01-09T04:41:00-0500") == .instant(expected))
        #expect(us.parse("2007-01-09T09:41:00") == .instant(expected))
        #expect(us.parse("2007-01-09 09:41:00") == .instant(expected))
    }

    @Test("Intune timestamp with seven fraction digits")
    func intuneTimestamp() {
        let date = us.parse("2021-03-17 09:02:03.2271900").date
        #expect(
            abs((date ?? .distantPast).timeIntervalSince(ExportsFixtureDate.utc(2021, 3, 17, 9, 2, 3.22719))) < 1e-5)
    }

    @Test("US and GB 12-hour forms")
    func twelveHour() {
        #expect(us.parse("8/19/2021 1:25:31 PM") == .instant(ExportsFixtureDate.utc(2021, 8, 19, 13, 25, 31)))
        #expect(us.parse("8/19/2021 12:05:00 AM") == .instant(ExportsFixtureDate.utc(2021, 8, 19, 0, 5)))
        #expect(us.parse("8/19/2021 12:05:00 PM") == .instant(ExportsFixtureDate.utc(2021, 8, 19, 12, 5)))
        #expect(gb.parse("19/8/2021 1:25:31 pm") == .instant(ExportsFixtureDate.utc(2021, 8, 19, 13, 25, 31)))
    }

    @Test("24-hour form with an offset")
    func twentyFourHourWithOffset() {
        #expect(us.parse("2/5/2020 12:00:16") == .instant(ExportsFixtureDate.utc(2020, 2, 5, 12, 0, 16)))
        #expect(us.parse("1/9/2007 10:41:00 AM +01:00") == .instant(ExportsFixtureDate.utc(2007, 1, 9, 9, 41)))
        #expect(gb.parse("01/09/2007 09:41:00") == .instant(ExportsFixtureDate.utc(2007, 9, 1, 9, 41)))
    }

    @Test("year-first slashes and date-only forms")
    func slashesAndDates() {
        #expect(us.parse("2016/04/04 00:24:13") == .instant(ExportsFixtureDate.utc(2016, 4, 4, 0, 24, 13)))
        #expect(us.parse("2016/04/04") == .instant(ExportsFixtureDate.utc(2016, 4, 4)))
        #expect(us.parse("2025-03-12") == .instant(ExportsFixtureDate.utc(2025, 3, 12)))
        #expect(us.parse("3/12/2025") == .instant(ExportsFixtureDate.utc(2025, 3, 12)))
        #expect(us.parse("17.03.2021 09:02:03") == .instant(ExportsFixtureDate.utc(2021, 3, 17, 9, 2, 3)))
    }

    @Test("ambiguous dates follow the locale")
    func ambiguousDates() {
        #expect(us.parse("3/12/2025 7:22:01 AM") == .instant(ExportsFixtureDate.utc(2025, 3, 12, 7, 22, 1)))
        #expect(gb.parse("3/12/2025 7:22:01 AM") == .instant(ExportsFixtureDate.utc(2025, 12, 3, 7, 22, 1)))
        #expect(
            TimestampParser(locale: .enAU).parse("3/12/2025") == .instant(ExportsFixtureDate.utc(2025, 12, 3)))
    }

    @Test("date in the other order names export_locale")
    func otherOrderIsInvalid() throws {
        guard case .invalid(let value, let reason) = us.parse("13/1/2025 9:00:00 AM") else {
            Issue.record("13/1/2025 parsed in en-US")
            return
        }
        #expect(value == "13/1/2025 9:00:00 AM")
        #expect(reason.contains("export_locale: en-GB"))

        guard case .invalid(_, let gbReason) = gb.parse("3/13/2025") else {
            Issue.record("3/13/2025 parsed in en-GB")
            return
        }
        #expect(gbReason.contains("export_locale: en-US"))
    }

    @Test("sentinels mean never")
    func sentinels() {
        for text in [
            "0001-01-01 00:00:00.0000000", "9999-12-31 23:59:59.9999999", "1970-01-01T00:00:00Z",
            "1970-01-01T00:00:00.000Z", "1/1/0001 12:00:00 AM", "Never", "Never logged in", "/Date(0)/",
        ] {
            #expect(us.parse(text) == .never, "\(text)")
        }
    }

    @Test("empty cell depends on the column")
    func emptyCells() {
        #expect(us.parse("") == .missing)
        #expect(us.parse("  ", empty: .never) == .never)
    }

    @Test("PowerShell 5.1 JSON dates")
    func powerShellDates() {
        let expected = Date(timeIntervalSince1970: 1_615_971_723.5)
        #expect(us.parse("/Date(1615971723500)/") == .instant(expected))
        #expect(us.parse("\\/Date(1615971723500)\\/") == .instant(expected))
        #expect(us.parse("/Date(1615971723500+0100)/") == .instant(expected))
        #expect(us.parse("/Date(abc)/") != .instant(expected))
    }

    @Test("FILETIME values")
    func fileTimes() {
        #expect(us.parseFileTime("0") == .never)
        #expect(us.parseFileTime("") == .never)
        #expect(us.parseFileTime("132604453230000000") == .instant(ExportsFixtureDate.utc(2021, 3, 17, 9, 2, 3)))
        guard case .invalid = us.parseFileTime("3/17/2021") else {
            Issue.record("a date is not a FILETIME")
            return
        }
    }

    @Test("values that are not timestamps")
    func invalidValues() {
        for text in [
            "yesterday", "2021-02-30", "2021-13-01T00:00:00Z", "25:00", "8/19/2021 13:25:31 PM",
            "2021-03-17T09:02:03Zjunk", "2/30/2021", "2021-03-17T24:00:00Z", "2021-03-17T09:02:03.Z",
        ] {
            guard case .invalid(let value, let reason) = us.parse(text) else {
                Issue.record("'\(text)' parsed")
                continue
            }
            #expect(value == text)
            #expect(reason.contains(text))
        }
    }
}
