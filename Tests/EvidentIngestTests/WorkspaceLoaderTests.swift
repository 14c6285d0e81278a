import EvidentCore
import Testing

@testable import EvidentIngest

@Suite struct WorkspaceLoaderTests {
    private func file(error: String? = nil, warnings: [String] = [], skipped: Int = 0) -> EvidenceFile {
        EvidenceFile(
            path: "evidence/ad.csv", sha256: String(repeating: "0", count: 64), format: .activeDirectoryUsers,
            records: 10, skippedRecords: skipped, warnings: warnings, error: error)
    }

    @Test func cleanFileHasNoSummary() {
        #expect(WorkspaceLoader.summary(of: file()) == nil)
    }

    @Test func errorNamingPathIsNotPrefixedTwice() {
        let summary = WorkspaceLoader.summary(of: file(error: "evidence/ad.csv:4: a quoted field is never closed"))

        #expect(summary == "evidence/ad.csv:4: a quoted field is never closed")
    }

    @Test func errorWithoutPathGetsIt() {
        #expect(WorkspaceLoader.summary(of: file(error: "the file is empty")) == "evidence/ad.csv: the file is empty")
    }

    @Test func warningsAreCountedWithTheFirst() {
        let summary = WorkspaceLoader.summary(
            of: file(warnings: ["line 3: skipped jdoe: Enabled 'Maybe' is not True or False", "line 9: x"], skipped: 1))

        #expect(
            summary
                == "evidence/ad.csv: 1 record(s) left out, 2 warning(s), first: line 3: skipped jdoe: Enabled 'Maybe' "
                + "is not True or False. Run 'evident evidence' to see them all.")
    }
}
