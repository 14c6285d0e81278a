import EvidentCore
import Foundation
import Testing

@testable import EvidentReport

@Suite struct EvidenceListingTests {
    @Test func textShowsEachFileWithHashAndProblems() {
        let text = EvidenceListing.renderText(ReportFixtures.assessment().evidence)

        #expect(
            text.contains(
                "evidence/mfa.csv\n  Entra ID MFA registration (CSV), 20 records, 2026-01-01T00:00:00Z to 2026-02-28T00:00:00Z\n"
            ))
        #expect(text.contains("  sha256 \(String(repeating: "0f", count: 32))\n"))
        #expect(text.contains("  warning: line 7: the date '31/02/2026' does not exist\n"))
        #expect(text.contains("  error: line 1: the header lacks the column Encrypted\n"))
        #expect(text.hasSuffix("2 files: 1 read in full, 0 read in part, 1 not usable.\n"))
    }

    @Test func emptyListSaysWhereToPutExports() {
        #expect(EvidenceListing.renderText([]).contains("evidence/ folder"))
    }

    @Test func jsonAddsFormatName() throws {
        let text = try EvidenceListing.renderJSON(ReportFixtures.assessment().evidence)

        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == Assessment.schemaVersion)
        let files = try #require(object["evidence"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["format"] as? String == "intune-devices")
        #expect(files[0]["format_name"] as? String == "Intune device export")
        #expect(files[0]["error"] as? String == "line 1: the header lacks the column Encrypted")
        #expect(try EvidenceListing.renderJSON(ReportFixtures.assessment().evidence) == text)
    }

    @Test func jsonSaysHowFullyEachFileWasRead() throws {
        var files = ReportFixtures.assessment().evidence
        files[1].partialReason = "a quoted field opened on line 9 never ends"

        let text = try EvidenceListing.renderJSON(files)

        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let listed = try #require(object["evidence"] as? [[String: Any]])
        #expect(listed.map { $0["read_in_full"] as? Bool } == [false, false])
        #expect(listed[0]["partial_reason"] is NSNull)
        #expect(listed[1]["partial_reason"] as? String == "a quoted field opened on line 9 never ends")
        #expect(listed.map { $0["skipped_records"] as? Int } == [0, 0])
        let assessment = try AssessmentJSON.render(ReportFixtures.assessment())
        #expect(!assessment.contains("read_in_full"))
    }
}
