import EvidentCore
import Testing

@testable import EvidentReview

@Suite("EHR access CSV")
struct EHRAccessCSVTests {
    private let settings = ReviewSettings(
        timeZone: "America/Chicago",
        ehrColumns: EHRColumnMapping(
            user: "User ID", patientID: "MRN", patientName: "Patient", action: "Event", time: "Accessed"))

    @Test("mapped columns, quotes and line breaks")
    func mappedColumns() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write(
            "ehr.csv",
            "\u{FEFF}Accessed;User ID;MRN;Patient;Event;Comment\r\n"
                + "2026-11-03 09:00:00;jkim;P1;\"Ruiz; Ana\";view;\"first line\nsecond \"\"quoted\"\" line\"\r\n"
                + "2026-11-03 09:05:00;JKIM;P2;Lee, Bo;view;\r\n"
                + "not a time;jkim;P3;;view;\r\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [path], settings: settings))

        let source = try #require(result.sources.first)
        #expect(source.format == "ehr-csv")
        #expect(source.events == 2)
        #expect(source.skipped == 1)
        #expect(source.skippedLines == [5], "the quoted line break puts the bad record on line 5")
        #expect(result.firstEvent == ReviewFixture.instant("2026-11-03T15:00:00Z"))
        #expect(result.lastEvent == ReviewFixture.instant("2026-11-03T15:05:00Z"))
    }

    @Test("missing user column is an error")
    func missingUserColumn() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write("ehr.csv", "Accessed,Who,MRN\n2026-11-03 09:00:00,jkim,P1\n")

        #expect(
            throws: ReviewError.missingColumn(
                path: path, column: "User ID", setting: "user", header: "accessed,who,mrn")
        ) {
            try LogReviewer.review(ReviewRequest(paths: [path], settings: settings))
        }
    }

    @Test("per-row time zone column")
    func rowTimeZone() throws {
        let fixture = try ReviewFixture()
        let path = try fixture.write(
            "ehr.csv", "time,user,patient_id,time_zone\n2026-07-01 09:00:00,jkim,P1,America/Denver\n")

        let result = try LogReviewer.review(ReviewRequest(paths: [path]))

        #expect(result.firstEvent == ReviewFixture.instant("2026-07-01T15:00:00Z"))
    }
}

@Suite("log format detection")
struct LogFormatTests {
    @Test("formats not read yet are rejected")
    func unsupportedFormats() throws {
        let fixture = try ReviewFixture()
        let samples = [
            "policy.xml": "<?xml version=\"1.0\"?>\n<GroupPolicy></GroupPolicy>\n",
            "other.jsonl": #"{"kind":"note","text":"not a log"}"# + "\n",
            "empty.log": "\n\n",
        ]

        for (name, text) in samples {
            let path = try fixture.write(name, text)

            #expect(throws: ReviewError.unknownFormat(path: path), "\(name)") {
                try LogFormat.detect(path: path)
            }
        }
    }

    @Test("FHIR and CSV detected")
    func detectedFormats() throws {
        let fixture = try ReviewFixture()
        let line = ReviewFixture.fhirLine(user: "jkim", patient: "P1", recorded: "2026-11-03T14:00:00Z")

        #expect(try LogFormat.detect(path: fixture.write("a.ndjson", line + "\n" + line + "\n")) == .fhirNDJSON)
        #expect(
            try LogFormat.detect(path: fixture.write("b.json", "{\n  \"resourceType\": \"Bundle\"\n}\n")) == .fhirJSON)
        #expect(try LogFormat.detect(path: fixture.write("c.json", "[" + line + "]")) == .fhirJSON)
        #expect(try LogFormat.detect(path: fixture.write("d.csv", "time;user\n")) == .ehrCSV)
    }
}
