import EvidentCore
import EvidentTestSupport
import Testing

@testable import EvidentChecks

@Suite struct UnreadableFileFindingTests {
    @Test func errorLineBecomesEvidenceLine() throws {
        let path = "evidence/borg-list.json"
        var file = InventoryBuilder.evidenceFile(path, .borgArchives)
        file.error = "\(path):44: the JSON stops inside an open string, so the file was cut short"
        var collector = FindingCollector(BackupVerificationCheck())

        collector.reportUnreadableFiles(of: [.borgArchives], in: Inventory(evidenceFiles: [file]))

        let finding = try #require(
            collector.result(evaluated: 0, "files", singular: "file", notApplicable: "none").findings.first)
        #expect(
            finding.message == "The Borg archives file \(path) could not be read at line 44: the JSON "
                + "stops inside an open string, so the file was cut short.")
        #expect(finding.evidence == [EvidenceReference(path: path, line: 44)])
    }

    @Test func errorWithoutPathIsKept() {
        let located = FindingCollector.located("not a ZIP", in: "evidence/a.csv")

        #expect(located.line == nil)
        #expect(located.reason == "not a ZIP")
    }
}
